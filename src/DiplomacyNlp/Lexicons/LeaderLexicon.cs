namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Heads of state and government (CIA World Factbook), looked up by full name or surname (the last word, or the family
/// name the Factbook marks: "Xi" of "Xi Jinping"). World knowledge with
/// a date: the text itself is the first authority for who holds which office.
/// </summary>
public sealed class LeaderLexicon
{
    private readonly SpanDictionary<LeaderInfo> _byName;
    private readonly Dictionary<string, List<LeaderInfo>> _allByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<LeaderInfo>> _allBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly SpanDictionary<LeaderInfo> _bySurname;

    internal LeaderLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("leaders.tsv.gz", 5);
        var all = new List<LeaderInfo>(rows.Count);
        var names = new List<KeyValuePair<string, LeaderInfo>>();
        var surnames = new List<KeyValuePair<string, LeaderInfo>>();
        foreach (var r in rows)
        {
            var info = new LeaderInfo(r[0], r[1], r[2], r[3], r[4]);
            all.Add(info);
            names.Add(new(info.Name, info));
            var parts = info.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                names.Add(new(parts[0] + " " + parts[^1], info));
                surnames.Add(new(parts[^1], info));
            }
            if (parts.Length > 2) names.Add(new(parts[0] + " " + parts[1], info));
            // the family name the Factbook marks ("Xi" of "Xi Jinping", "Lula" of "Luiz Inácio Lula da Silva")
            if (r.Length > 5 && r[5].Length > 0)
            {
                var family = r[5].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 1 || !string.Equals(family[^1], parts[^1], StringComparison.OrdinalIgnoreCase)) surnames.Add(new(family[^1], info));
                if (family.Length > 1) surnames.Add(new(family[0], info));
                if (parts.Length > 1 && !string.Equals(parts[0], family[0], StringComparison.OrdinalIgnoreCase)) names.Add(new(parts[0] + " " + family[0], info));
            }
        }
        _byName = new SpanDictionary<LeaderInfo>(names, ignoreCase: true);
        foreach (var (key, info) in names)
        {
            var folded = DiacriticFolding.Fold(key);
            if (!_allByName.TryGetValue(folded, out var list)) _allByName[folded] = list = new List<LeaderInfo>();
            if (!list.Contains(info)) list.Add(info);
        }
        _bySurname = new SpanDictionary<LeaderInfo>(surnames, ignoreCase: true);
        foreach (var (key, info) in surnames)
        {
            var folded = DiacriticFolding.Fold(key);
            if (!_allBySurname.TryGetValue(folded, out var list)) _allBySurname[folded] = list = new List<LeaderInfo>();
            if (!list.Contains(info)) list.Add(info);
        }
        All = all;
    }

    /// <summary>Every leader.</summary>
    public IReadOnlyList<LeaderInfo> All { get; }

    /// <summary>Looks up a full name, or first name + surname.</summary>
    public bool TryGetByName(ReadOnlySpan<char> name, out LeaderInfo leader) => _byName.TryGetValue(name, out leader);

    /// <summary>
    /// Every leader listed under a full name, first name + surname, or first two names (a person can lead several
    /// territories), ignoring case and accents ("Jose Ramos" finds "José Ramos").
    /// </summary>
    public IReadOnlyList<LeaderInfo> FindAllByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _allByName.TryGetValue(DiacriticFolding.NeedsFolding(name) ? DiacriticFolding.Fold(name) : name, out var list) ? list : Array.Empty<LeaderInfo>();
    }

    /// <summary>Every leader with that surname (the last word of the listed name), ignoring case and accents; empty when none.</summary>
    public IReadOnlyList<LeaderInfo> FindAllBySurname(string surname)
    {
        ArgumentNullException.ThrowIfNull(surname);
        return _allBySurname.TryGetValue(DiacriticFolding.NeedsFolding(surname) ? DiacriticFolding.Fold(surname) : surname, out var list) ? list : Array.Empty<LeaderInfo>();
    }

    /// <summary>Looks up a surname.</summary>
    public bool TryGetBySurname(ReadOnlySpan<char> surname, out LeaderInfo leader) => _bySurname.TryGetValue(surname, out leader);
}
