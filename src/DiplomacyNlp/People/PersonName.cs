using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>
/// A person name split into words, with accent- and case-folded keys for matching mentions: the full name, and the
/// surname including its particles ("de la Vega" in "José Luis de la Vega").
/// </summary>
public sealed class PersonName
{
    private static readonly char[] Separators = [' ', '\u00A0', '\n', '\t'];

    private string[]? _words;

    private PersonName(string text, int wordCount, bool isFull, string fullKey, string surnameKey, string firstKey, string lastKey)
    {
        Text = text;
        WordCount = wordCount;
        IsFull = isFull;
        FullKey = fullKey;
        SurnameKey = surnameKey;
        FirstKey = firstKey;
        LastKey = lastKey;
    }

    /// <summary>The name as written.</summary>
    public string Text { get; }

    /// <summary>The words of the name (possessive endings removed).</summary>
    public IReadOnlyList<string> Words => _words ??= SplitWords(Text);

    /// <summary>Folded lowercase full name ("jose luis de la vega").</summary>
    public string FullKey { get; }

    /// <summary>Folded lowercase surname with particles ("de la vega"), or the single word of a one-word name.</summary>
    public string SurnameKey { get; }

    /// <summary>Folded lowercase first word.</summary>
    public string FirstKey { get; }

    /// <summary>True when the name has at least two words besides particles.</summary>
    public bool IsFull { get; }

    /// <summary>The number of <see cref="Words"/>.</summary>
    internal int WordCount { get; }

    /// <summary>Folded lowercase last word.</summary>
    internal string LastKey { get; }

    /// <summary>Parses a name.</summary>
    public static PersonName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Trim();
        if (cleaned.EndsWith("'s", StringComparison.Ordinal) || cleaned.EndsWith("’s", StringComparison.Ordinal)) cleaned = cleaned[..^2];
        // the words, folded and lowercased, joined by single spaces; a name without words is one empty word
        Span<char> folded = cleaned.Length <= 128 ? stackalloc char[128] : new char[cleaned.Length];
        Span<char> key = cleaned.Length <= 128 ? stackalloc char[128] : new char[cleaned.Length];
        Span<int> starts = stackalloc int[16];
        int length = 0, count = 0, contentWords = 0, surnameStart = -1;
        bool firstIsLower = false;
        for (int i = 0; i < cleaned.Length;)
        {
            int end = cleaned.AsSpan(i).IndexOfAny(Separators);
            end = end < 0 ? cleaned.Length : i + end;
            if (end > i)
            {
                var word = cleaned.AsSpan(i, end - i);
                if (count == 0) firstIsLower = char.IsLower(word[0]);
                if (!NameParticles.Contains(word)) contentWords++;
                if (count > 0) folded[length++] = ' ';
                if (count == starts.Length)
                {
                    var grown = new int[starts.Length * 2];
                    starts.CopyTo(grown);
                    starts = grown;
                }
                starts[count++] = length;
                length += DiacriticFolding.Fold(word, folded[length..]);
            }
            i = end + 1;
        }
        if (count == 0)
        {
            starts[0] = 0;
            count = 1;
            if (!NameParticles.Contains(cleaned)) contentWords++;
        }
        folded[..length].ToLowerInvariant(key);
        var fullKey = key[..length].ToString();
        // the first particle after the first word starts the surname ("de la Vega"); a leading particle starts it at 0
        for (int i = 0; i < count - 1 && surnameStart < 0; i++)
        {
            if (NameParticles.Contains(fullKey.AsSpan(starts[i], starts[i + 1] - 1 - starts[i])) && (i > 0 || firstIsLower || count <= 3)) surnameStart = i;
        }
        if (surnameStart < 0) surnameStart = count - 1;
        string surnameKey = starts[surnameStart] == 0 ? fullKey : fullKey[starts[surnameStart]..];
        string lastKey = surnameStart == count - 1 ? surnameKey : fullKey[starts[count - 1]..];
        string firstKey = count == 1 ? fullKey : fullKey[..(starts[1] - 1)];
        return new PersonName(cleaned, count, contentWords >= 2, fullKey, surnameKey, firstKey, lastKey);
    }

    /// <summary>True when this (shorter) name can refer to <paramref name="full"/>: same full key, same surname, or first name + surname.</summary>
    public bool CanReferTo(PersonName full)
    {
        ArgumentNullException.ThrowIfNull(full);
        if (FullKey == full.FullKey) return true;
        if (FullKey == full.SurnameKey) return true;
        if (WordCount == 1 && full.WordCount > 1 && FullKey == full.LastKey) return true;
        if (IsFull && FirstKey == full.FirstKey && SurnameKey == full.SurnameKey) return true;
        // "Luis de la Vega" for "Jose Luis de la Vega": a word-suffix of the full name
        var longer = full.FullKey;
        if (longer.Length > FullKey.Length && longer[longer.Length - FullKey.Length - 1] == ' ' && longer.EndsWith(FullKey, StringComparison.Ordinal) && WordCount >= 2) return true;
        // "Claudia Lopez" for "Claudia Lopez Garcia": a word-prefix of a longer full name (double surnames)
        return IsFull && longer.Length > FullKey.Length && longer[FullKey.Length] == ' ' && longer.StartsWith(FullKey, StringComparison.Ordinal);
    }

    private static string[] SplitWords(string cleaned)
    {
        var words = cleaned.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? [cleaned] : words;
    }
}
