namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Role titles ("President", "Secretary of State", "Minister of Foreign Affairs") with canonical forms and
/// sector codes, generated from the PLOVER/PETRARCH agent dictionaries and the title counts of GMB and the
/// Factbook, and, for titles that one country dominates in GMB's training news, that usual country. Lookup is case-insensitive over words separated by single spaces.
/// </summary>
public sealed class TitleLexicon
{
    private readonly SpanDictionary<TitleInfo> _titles;

    internal TitleLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("titles.tsv.gz", 3);
        var pairs = new List<KeyValuePair<string, TitleInfo>>(rows.Count);
        foreach (var r in rows) pairs.Add(new(r[0], new TitleInfo(r[1], r[2], r.Length > 3 && r[3].Length > 0 ? r[3] : null)));
        _titles = new SpanDictionary<TitleInfo>(pairs, ignoreCase: true);
        Titles = pairs.Select(p => p.Key).ToArray();
    }

    /// <summary>Every title form (for building tries).</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Looks up a title.</summary>
    public bool TryGet(ReadOnlySpan<char> title, out TitleInfo info) => _titles.TryGetValue(title, out info);
}
