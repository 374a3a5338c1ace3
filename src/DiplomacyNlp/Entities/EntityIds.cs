using System.Globalization;

namespace DiplomacyNlp.Entities;

/// <summary>The entity id strings "e1", "e2", …, shared by every document so that numbering entities allocates nothing.</summary>
internal static class EntityIds
{
    private const int Cached = 4096;
    private static readonly string?[] Ids = new string?[Cached];

    /// <summary>The id of the <paramref name="number"/>th entity (1-based).</summary>
    public static string Get(int number)
    {
        if ((uint)number >= Cached) return "e" + number.ToString(CultureInfo.InvariantCulture);
        // a benign race: two threads may both build the same string; either copy is correct
        return Ids[number] ??= "e" + number.ToString(CultureInfo.InvariantCulture);
    }
}
