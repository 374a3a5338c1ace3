using System.Globalization;
using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Given names (US SSA, 1880–2023) and surnames (US Census 1990) with frequencies. Case-insensitive and
/// accent-insensitive (a name with diacritics is looked up in its folded form).
/// </summary>
public sealed class NameLexicon
{
    private readonly SpanDictionary<int> _given;
    private readonly SpanDictionary<int> _surnames;

    internal NameLexicon(LexiconSource source)
    {
        _given = Load(source, "givennames.tsv.gz");
        _surnames = Load(source, "surnames.tsv.gz");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SpanDictionary<int> Load(LexiconSource source, string name)
    {
        var text = source.ReadText(name);
        var chars = text.Chars;
        var dict = new SpanDictionary<int>(chars, text.MaxRows(), ignoreCase: true);
        var reader = text.Rows();
        Span<Range> cols = stackalloc Range[2];
        int rows = 0;
        while (reader.MoveNext(out var line))
        {
            int n = LexiconText.Split(line, reader.Start, cols);
            if (n < 2) throw text.TooFewColumns(reader.LineNumber, n, 2);
            var count = chars.AsSpan(cols[1]);
            if (!int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out int f))
            {
                throw new LexiconLoadException(name, $"is corrupt: '{count.ToString()}' is not a count");
            }
            var (start, length) = cols[0].GetOffsetAndLength(chars.Length);
            ref int value = ref dict.GetOrAdd(start, length, out bool exists);
            if (!exists) value = f;
            rows++;
        }
        if (rows == 0) throw text.Empty();
        return dict;
    }

    /// <summary>How many US births carried this given name (0 when unknown).</summary>
    public int GivenNameFrequency(ReadOnlySpan<char> name) => Lookup(_given, name);

    /// <summary>Surname frequency per million people in the 1990 US census (0 when unknown).</summary>
    public int SurnameFrequency(ReadOnlySpan<char> name) => Lookup(_surnames, name);

    /// <summary>True for a known given name.</summary>
    public bool IsGivenName(ReadOnlySpan<char> name) => GivenNameFrequency(name) > 0;

    /// <summary>True for a known surname.</summary>
    public bool IsSurname(ReadOnlySpan<char> name) => SurnameFrequency(name) > 0;

    private static int Lookup(SpanDictionary<int> dict, ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || name.Length > 64) return 0;
        if (dict.TryGetValue(name, out int f)) return f;
        if (!DiacriticFolding.NeedsFolding(name)) return 0;
        Span<char> buf = stackalloc char[name.Length];
        int n = DiacriticFolding.Fold(name, buf);
        return dict.TryGetValue(buf[..n], out f) ? f : 0;
    }
}
