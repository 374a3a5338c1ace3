namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Country names, abbreviations ("U.S.", "UK"), demonyms ("Mexican", "Mexicans") and capitals, mapped to
/// <see cref="CountryInfo"/>. Names and demonyms match on their usual capitalization or in all capitals, so
/// "US" matches and "us" does not. Lookups on spans do not allocate.
/// </summary>
public sealed class CountryLexicon
{
    private readonly SpanDictionary<CountryInfo> _names;
    private readonly SpanDictionary<CountryInfo> _demonyms;
    private readonly SpanDictionary<CountryInfo> _capitals;
    private readonly Dictionary<string, CountryInfo> _byCode;

    internal CountryLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("countries.tsv.gz", 7);
        // UN member states first (column 8 is "1"; older files without it keep their order), so that a name or demonym
        // two entries share ("American", "French") maps to the state and not to a territory: the first entry wins.
        var members = new List<string[]>(rows.Count);
        var others = new List<string[]>();
        foreach (var r in rows) (r.Length > 7 && r[7] == "1" ? members : others).Add(r);
        members.AddRange(others);
        rows = members;
        var names = new List<KeyValuePair<string, CountryInfo>>();
        var demonyms = new List<KeyValuePair<string, CountryInfo>>();
        var capitals = new List<KeyValuePair<string, CountryInfo>>();
        _byCode = new Dictionary<string, CountryInfo>(StringComparer.OrdinalIgnoreCase);
        var all = new List<CountryInfo>();
        foreach (var r in rows)
        {
            var info = new CountryInfo(r[0], r[1], r[2], r[3], r[4]);
            all.Add(info);
            _byCode[info.Iso3] = info;
            _byCode[info.Iso2] = info;
            foreach (var n in r[5].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(new(n, info));
                var upper = n.ToUpperInvariant();
                if (upper != n) names.Add(new(upper, info));
            }
            foreach (var d in r[6].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                demonyms.Add(new(d, info));
                demonyms.Add(new(d.ToUpperInvariant(), info));
            }
            if (info.Capital.Length > 0) capitals.Add(new(info.Capital, info));
        }
        _names = new SpanDictionary<CountryInfo>(names, ignoreCase: false);
        _demonyms = new SpanDictionary<CountryInfo>(demonyms, ignoreCase: false);
        _capitals = new SpanDictionary<CountryInfo>(capitals, ignoreCase: false);
        All = all;
        NameStrings = names.Select(p => p.Key).ToArray();
        DemonymStrings = demonyms.Select(p => p.Key).ToArray();
    }

    /// <summary>Every country.</summary>
    public IReadOnlyList<CountryInfo> All { get; }

    /// <summary>Every name form (for building tries), including all-caps variants.</summary>
    public IReadOnlyList<string> NameStrings { get; }

    /// <summary>Every demonym form (for building tries), including all-caps variants.</summary>
    public IReadOnlyList<string> DemonymStrings { get; }

    /// <summary>Looks up a country name or abbreviation ("Mexico", "United States", "U.S.", "UK").</summary>
    public bool TryGetByName(ReadOnlySpan<char> name, out CountryInfo country) => _names.TryGetValue(name, out country);

    /// <summary>Looks up a demonym, adjective or plural noun ("Mexican", "Mexicans", "British").</summary>
    public bool TryGetByDemonym(ReadOnlySpan<char> demonym, out CountryInfo country) => _demonyms.TryGetValue(demonym, out country);

    /// <summary>Looks up a capital city ("Ottawa").</summary>
    public bool TryGetByCapital(ReadOnlySpan<char> capital, out CountryInfo country) => _capitals.TryGetValue(capital, out country);

    /// <summary>Looks up an ISO alpha-3 or alpha-2 code (case-insensitive).</summary>
    public bool TryGetByCode(string code, out CountryInfo country)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out country!);
    }
}
