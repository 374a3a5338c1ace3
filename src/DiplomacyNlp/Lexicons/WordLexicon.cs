using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// The English word list (SCOWL, American English, large) with its usual capitalization: tells a
/// sentence-initial common word ("The", "Officials") from a name ("Rubens").
/// </summary>
public sealed class WordLexicon
{
    // One case-insensitive table for both questions: every listed word is known; a word is common when some
    // capitalization of it listed in the file starts with a lowercase letter. (Equality ignoring case is an
    // equivalence, so merging the flags of equal keys answers exactly as two separate tables would.)
    private const byte Known = 1;
    private const byte Common = 2;

    private readonly SpanDictionary<byte> _words;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal WordLexicon(LexiconSource source)
    {
        var text = source.ReadText("words.tsv.gz");
        var chars = text.Chars;
        var words = new SpanDictionary<byte>(chars, text.MaxRows(), ignoreCase: true);
        var reader = text.Rows();
        int rows = 0;
        while (reader.MoveNext(out var line))
        {
            int tab = line.IndexOf('\t');
            var w = tab < 0 ? line : line[..tab];
            byte flags = w.Length > 0 && char.IsLower(w[0]) ? (byte)(Known | Common) : Known;
            words.GetOrAdd(reader.Start, w.Length, out _) |= flags;
            rows++;
        }
        if (rows == 0) throw text.Empty();
        _words = words;
    }

    /// <summary>True when the word (in any case) is listed in lowercase: a common word, not only a proper noun.</summary>
    public bool IsCommonLowercaseWord(ReadOnlySpan<char> word) => _words.TryGetValue(word, out byte f) && (f & Common) != 0;

    /// <summary>True when the word is listed in any capitalization.</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _words.ContainsKey(word);
}
