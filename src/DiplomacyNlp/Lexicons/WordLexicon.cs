namespace DiplomacyNlp.Lexicons;

/// <summary>
/// The English word list (SCOWL, American English, large) with its usual capitalization: tells a
/// sentence-initial common word ("The", "Officials") from a name ("Rubens").
/// </summary>
public sealed class WordLexicon
{
    private readonly SpanDictionary<byte> _exact;
    private readonly SpanDictionary<byte> _lower;

    internal WordLexicon(LexiconSource source)
    {
        var rows = source.ReadRows("words.tsv.gz", 1);
        var exact = new List<KeyValuePair<string, byte>>(rows.Count);
        var lower = new List<KeyValuePair<string, byte>>(rows.Count);
        foreach (var r in rows)
        {
            var w = r[0];
            exact.Add(new(w, 1));
            if (w.Length > 0 && char.IsLower(w[0])) lower.Add(new(w, 1));
        }
        _exact = new SpanDictionary<byte>(exact, ignoreCase: true);
        _lower = new SpanDictionary<byte>(lower, ignoreCase: true);
    }

    /// <summary>True when the word (in any case) is listed in lowercase: a common word, not only a proper noun.</summary>
    public bool IsCommonLowercaseWord(ReadOnlySpan<char> word) => _lower.ContainsKey(word);

    /// <summary>True when the word is listed in any capitalization.</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _exact.ContainsKey(word);
}
