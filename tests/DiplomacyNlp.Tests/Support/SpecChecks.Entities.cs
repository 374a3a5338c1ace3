using System.Globalization;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Support;

internal static partial class SpecChecks
{
    /// <summary>
    /// <c>entity: Type "text" [country=ISO3] [canonical=Form with spaces] [sector=GOV]</c>: an entity of that type with exactly that
    /// text exists, with those attributes. Attribute values run to the next " key=" or the end.
    /// </summary>
    [SpecKey("entity")]
    public static void Entity(AnalysisResult result, string value)
    {
        var (type, text, attributes) = ParseEntity(value);
        var matches = result.Entities.Where(e => e.Type == type && e.Text == text).ToList();
        Assert.That(matches, Is.Not.Empty, $"no {type} entity \"{text}\"; entities: {Describe(result)}");
        if (matches.Count == 0) return;
        foreach (var (key, expected) in attributes)
        {
            var actual = key switch
            {
                "country" => matches[0].Country,
                "canonical" => matches[0].Canonical,
                "sector" => matches[0].Sector,
                _ => throw new FormatException($"unknown entity attribute '{key}'"),
            };
            Assert.That(actual, Is.EqualTo(expected), $"{key} of {type} \"{text}\"");
        }
    }

    /// <summary><c>no-entity: Type "text"</c>: no entity of that type has exactly that text.</summary>
    [SpecKey("no-entity")]
    public static void NoEntity(AnalysisResult result, string value)
    {
        var (type, text, _) = ParseEntity(value);
        Assert.That(result.Entities.Any(e => e.Type == type && e.Text == text), Is.False, $"unexpected {type} entity \"{text}\"");
    }

    /// <summary><c>entity-count: Type=N</c>.</summary>
    [SpecKey("entity-count")]
    public static void EntityCount(AnalysisResult result, string value)
    {
        var parts = value.Split('=', StringSplitOptions.TrimEntries);
        var type = Enum.Parse<EntityType>(parts[0]);
        Assert.That(result.Entities.OfType(type), Has.Count.EqualTo(int.Parse(parts[1], CultureInfo.InvariantCulture)), $"{type} count; entities: {Describe(result)}");
    }

    private static string Describe(AnalysisResult result) => string.Join(", ", result.Entities.Select(e => $"{e.Type}:\"{e.Text}\""));

    private static (EntityType Type, string Text, List<(string Key, string Value)> Attributes) ParseEntity(string value)
    {
        int q1 = value.IndexOf('"');
        int q2 = value.IndexOf('"', q1 + 1);
        if (q1 < 0 || q2 < 0) throw new FormatException($"entity expectation '{value}' needs Type \"text\"");
        var type = Enum.Parse<EntityType>(value[..q1].Trim());
        var text = value[(q1 + 1)..q2];
        var rest = value[(q2 + 1)..];
        var attributes = new List<(string, string)>();
        int pos = 0;
        while (pos < rest.Length)
        {
            int eq = rest.IndexOf('=', pos);
            if (eq < 0) break;
            var key = rest[pos..eq].Trim();
            int next = rest.IndexOf('=', eq + 1);
            int end = rest.Length;
            if (next > 0) end = rest.LastIndexOf(' ', next);
            attributes.Add((key, rest[(eq + 1)..end].Trim()));
            pos = end;
        }
        return (type, text, attributes);
    }
}
