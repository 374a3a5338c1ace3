namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Heads of state and government (CIA World Factbook), looked up by full name or surname. World knowledge with
/// a date: the text itself is the first authority for who holds which office.
/// </summary>
public sealed class LeaderLexicon
{
    private readonly SpanDictionary<LeaderInfo> _byName;
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
        }
        _byName = new SpanDictionary<LeaderInfo>(names, ignoreCase: true);
        _bySurname = new SpanDictionary<LeaderInfo>(surnames, ignoreCase: true);
        All = all;
    }

    /// <summary>Every leader.</summary>
    public IReadOnlyList<LeaderInfo> All { get; }

    /// <summary>Looks up a full name, or first name + surname.</summary>
    public bool TryGetByName(ReadOnlySpan<char> name, out LeaderInfo leader) => _byName.TryGetValue(name, out leader);

    /// <summary>Looks up a surname.</summary>
    public bool TryGetBySurname(ReadOnlySpan<char> surname, out LeaderInfo leader) => _bySurname.TryGetValue(surname, out leader);
}
