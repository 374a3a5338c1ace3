namespace DiplomacyNlp.Lexicons;

/// <summary>
/// International organizations by acronym ("OAS", case-sensitive) and full name (case-insensitive), plus
/// organization head words ("Ministry", "Council", "Cartel") for features and rules, the words that open names in
/// other languages ("Agencia", "Banque") for rules, and national institutions with their country ("Kremlin": RUS).
/// </summary>
public sealed class OrganizationLexicon
{
    private readonly SpanDictionary<OrganizationInfo> _acronyms;
    private readonly SpanDictionary<OrganizationInfo> _names;
    private readonly SpanDictionary<string> _headWords;
    private readonly SpanDictionary<string> _leadWords;
    private readonly SpanDictionary<InstitutionInfo> _institutions;

    /// <summary>The optional file of national institutions (name, country, sector).</summary>
    private const string InstitutionsFile = "institutions.tsv.gz";

    internal OrganizationLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("organizations.tsv.gz", 3);
        var acronyms = new List<KeyValuePair<string, OrganizationInfo>>();
        var names = new List<KeyValuePair<string, OrganizationInfo>>();
        // rows with both a name and an acronym first, so that the acronym maps to its expansion (two plain passes
        // keep the file order within each group, as a stable sort would)
        foreach (bool both in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var r in rows)
            {
                if ((r[0].Length > 0 && r[1].Length > 0) != both) continue;
                var info = new OrganizationInfo(r[0], r[1], r[2]);
                if (r[1].Length >= 2) acronyms.Add(new(r[1], info));
                if (r[0].Length >= 2) names.Add(new(r[0], info));
            }
        }
        _acronyms = new SpanDictionary<OrganizationInfo>(acronyms, ignoreCase: false);
        _names = new SpanDictionary<OrganizationInfo>(names, ignoreCase: true);
        var heads = source.ReadRows("orgwords.tsv.gz", 2);
        var headPairs = new List<KeyValuePair<string, string>>(heads.Count);
        var leadPairs = new List<KeyValuePair<string, string>>();
        foreach (var r in heads) (r.Length > 2 && r[2] == "lead" ? leadPairs : headPairs).Add(new(r[0], r[1]));
        _headWords = new SpanDictionary<string>(headPairs, ignoreCase: true);
        _leadWords = new SpanDictionary<string>(leadPairs, ignoreCase: false);
        var institutions = new List<KeyValuePair<string, InstitutionInfo>>();
        if (source.Contains(InstitutionsFile))
        {
            foreach (var r in source.ReadRows(InstitutionsFile, 3)) institutions.Add(new(r[0], new InstitutionInfo(r[0], r[1], r[2])));
        }
        _institutions = new SpanDictionary<InstitutionInfo>(institutions, ignoreCase: true);
        Names = Keys(names);
        Acronyms = Keys(acronyms);
    }

    private static string[] Keys(List<KeyValuePair<string, OrganizationInfo>> pairs)
    {
        var keys = new string[pairs.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = pairs[i].Key;
        return keys;
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

    /// <summary>
    /// Looks up a national institution by name, ignoring case ("White House", "Kremlin", "Pentagon"): its country and
    /// sector, from the PETRARCH-2 country actors dictionary.
    /// </summary>
    public bool TryGetInstitution(ReadOnlySpan<char> name, out InstitutionInfo institution) => _institutions.TryGetValue(name, out institution!);

    /// <summary>
    /// True for a capitalized word that opens an organization's name directly before its proper part in Spanish,
    /// Portuguese, French or Italian ("Agence" in "Agence France-Presse", "Partido" in "Partido Verde"); case-sensitive.
    /// <paramref name="sector"/> is ORG or GOV.
    /// </summary>
    public bool IsLeadWord(ReadOnlySpan<char> word, out string sector) => _leadWords.TryGetValue(word, out sector!);
}
