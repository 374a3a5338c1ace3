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

    private static SpanDictionary<int> Load(LexiconSource source, string name)
    {
        var rows = source.ReadRows(name, 2);
        var pairs = new List<KeyValuePair<string, int>>(rows.Count);
        foreach (var r in rows)
        {
            if (!int.TryParse(r[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int f))
            {
                throw new LexiconLoadException(name, $"is corrupt: '{r[1]}' is not a count");
            }
            pairs.Add(new(r[0], f));
        }
        return new SpanDictionary<int>(pairs, ignoreCase: true);
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
