using DiplomacyNlp.Benchmarks.Corpus;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>Large generated texts for the size and cancellation tests.</summary>
internal static class TestTexts
{
    private static readonly Lazy<string> OneMegabyteLazy = new(() => NewsCorpus.LongText(1_000_000));

    /// <summary>About one million characters of generated news text.</summary>
    public static string OneMegabyte => OneMegabyteLazy.Value;

    /// <summary>Repeats <paramref name="unit"/> to exactly <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length)
    {
        return string.Create(length, unit, static (span, u) =>
        {
            for (int i = 0; i < span.Length; i += u.Length) u.AsSpan(0, Math.Min(u.Length, span.Length - i)).CopyTo(span[i..]);
        });
    }
}
