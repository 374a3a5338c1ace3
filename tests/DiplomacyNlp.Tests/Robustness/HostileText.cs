using FsCheck;
using FsCheck.Fluent;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>A string built to break text processing: see <see cref="HostileTextArbitrary"/>.</summary>
public sealed record HostileText(string Value)
{
    /// <summary>Shows the code units, so that a shrunk counter-example can be read and pasted back.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder(Value.Length * 2 + 2);
        sb.Append('"');
        foreach (char c in Value.Length > 400 ? Value[..400] : Value)
        {
            if (c is >= ' ' and < '\u007F' && c != '\\' && c != '"') sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Value.Length > 400) sb.Append("…(").Append(Value.Length).Append(" chars)");
        return sb.Append('"').ToString();
    }
}

/// <summary>
/// Generates <see cref="HostileText"/>: a mix of news-like words and punctuation with unpaired surrogates,
/// ASCII and C1 control characters, zero-width characters, right-to-left text and marks, emoji ZWJ sequences, skin
/// tones, flags and keycaps, combining marks, CJK, very long tokens, and runs of punctuation.
/// </summary>
public static class HostileTextArbitrary
{
    private static readonly string[] Fragments =
    [
        "U.S.", "U.S.-led", "Sen.", "Gen.", "D.C.", "Washington, D.C.", "Helen Marchetti", "Marchetti’s", "countries'", "don't", "2,000", "189,359",
        "$46 billion", "53%", "2025-09-03", "—", "–", "…", "...", "@Office_Press", "#talks", "pic.twitter.com/abcDEF123", "https://example.org/a?b=c",
        "press@example.org", "“quoted”", "(aside)", "narco-terrorist", "Ramón", "de la Peña", "O'Neill", "e.g.", "p.m.", "No.", "Inc..", "?!", "'90s",
        "\n\n", "\r\n", "\n• bullet", "\n- item", "\t", "  ",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202E", "\u202C", "\u2028", "\u2029", "\u0085", "\u00A0", "\u3000",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "x\uD83D", "\uDE00y",
        "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0080", "\u009F",
        "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 2025", "abc\u202Eevil\u202Cdef",
        "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", "\U0001F44D\U0001F3FD", "\U0001F1E8\U0001F1E6", "1\uFE0F\u20E3", "\u2764\uFE0F",
        "\U0001F3F3\uFE0F\u200D\U0001F308", "\u200D\U0001F600", "\U0001F600\u200D", "\U0001F600\u200D\u200D",
        "e\u0301", "\u0301\u0301\u0301", "a\u20DD", "\u4E2D\u56FD\u5916\u4EA4\u90E8", "\u30C6\u30B9\u30C8", "\uD55C\uAD6D\uC5B4", "\u0928\u092E\u0938\u094D\u0924\u0947",
        "\uE000", "\uFFFD", "\uFFFF", "\uFFFE", "\u2212", "\u2010", "\u2011",
    ];

    private static Gen<string> Piece()
    {
        var fragment = Gen.Elements(Fragments);
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());
        var ascii = Gen.Choose(0x20, 0x7E).Select(i => ((char)i).ToString());
        var word = Gen.Elements("The", "minister", "said", "talks", "on", "Friday", "Canada", "officials", "and", "a", "Sen", "U", "S", ".", ",", " ", " ", " ");
        var longToken = Gen.Choose(1, 6000).Zip(Gen.Elements('a', '.', '-', '9', '\'', '@', '\u4E00', '\u0301', 'Z', '/', ','))
            .Select(t => new string(t.Item2, t.Item1));
        var longMixed = Gen.Choose(1, 800).Zip(Gen.Elements("U.S.", "a-", "1,000", "ab'", "x.y", "@a", "\U0001F600\u200D", "\uD800a", "e\u0301"))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item2, t.Item1)));
        return Gen.Frequency(
            (30, fragment), (20, word), (15, ascii), (15, anyChar), (2, longToken), (2, longMixed));
    }

    /// <summary>The arbitrary for <see cref="HostileText"/>.</summary>
    public static Arbitrary<HostileText> Hostile() =>
        Arb.From(Gen.ListOf(Piece()).Select(parts => new HostileText(string.Concat(parts))),
            t => ShrinkText(t.Value).Select(s => new HostileText(s)));

    private static IEnumerable<string> ShrinkText(string s)
    {
        if (s.Length == 0) yield break;
        yield return "";
        if (s.Length > 1)
        {
            yield return s[..(s.Length / 2)];
            yield return s[(s.Length / 2)..];
        }
        for (int i = 0; i < s.Length && i < 64; i++) yield return s.Remove(i, 1);
    }
}
