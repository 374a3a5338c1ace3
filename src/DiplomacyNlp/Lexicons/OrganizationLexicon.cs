namespace DiplomacyNlp.Lexicons;

/// <summary>
/// International organizations by acronym ("OAS", case-sensitive) and full name (case-insensitive), plus
/// organization head words ("Ministry", "Council", "Cartel") for features and rules.
/// </summary>
public sealed class OrganizationLexicon
{
    private readonly SpanDictionary<OrganizationInfo> _acronyms;
    private readonly SpanDictionary<OrganizationInfo> _names;
    private readonly SpanDictionary<string> _headWords;

    internal OrganizationLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("organizations.tsv.gz", 3);
        var acronyms = new List<KeyValuePair<string, OrganizationInfo>>();
        var names = new List<KeyValuePair<string, OrganizationInfo>>();
        // rows with both a name and an acronym first, so that the acronym maps to its expansion
        foreach (var r in rows.OrderByDescending(r => r[0].Length > 0 && r[1].Length > 0))
        {
            var info = new OrganizationInfo(r[0], r[1], r[2]);
            if (r[1].Length >= 2) acronyms.Add(new(r[1], info));
            if (r[0].Length >= 2) names.Add(new(r[0], info));
        }
        _acronyms = new SpanDictionary<OrganizationInfo>(acronyms, ignoreCase: false);
        _names = new SpanDictionary<OrganizationInfo>(names, ignoreCase: true);
        var heads = source.ReadRows("orgwords.tsv.gz", 2);
        _headWords = new SpanDictionary<string>(heads.Select(r => new KeyValuePair<string, string>(r[0], r[1])), ignoreCase: true);
        Names = names.Select(p => p.Key).ToArray();
        Acronyms = acronyms.Select(p => p.Key).ToArray();
    }

    /// <summary>Every full name (for building tries).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every acronym (for building tries).</summary>
    public IReadOnlyList<string> Acronyms { get; }

    /// <summary>Looks up an acronym, case-sensitively ("NATO").</summary>
    public bool TryGetByAcronym(ReadOnlySpan<char> acronym, out OrganizationInfo info) => _acronyms.TryGetValue(acronym, out info);

    /// <summary>Looks up a full name, ignoring case ("Organization of American States").</summary>
    public bool TryGetByName(ReadOnlySpan<char> name, out OrganizationInfo info) => _names.TryGetValue(name, out info);

    /// <summary>True for a word that heads organization names ("Ministry", "Council", "Cartel"); <paramref name="sector"/> is ORG or GOV.</summary>
    public bool IsHeadWord(ReadOnlySpan<char> word, out string sector) => _headWords.TryGetValue(word, out sector!);
}
