using DiplomacyNlp.Lexicons;

namespace DiplomacyNlp.People;

/// <summary>
/// A person name split into words, with accent- and case-folded keys for matching mentions: the full name, and the
/// surname including its particles ("de la Vega" in "José Luis de la Vega").
/// </summary>
public sealed class PersonName
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "das", "do", "dos", "di", "du", "le", "bin", "ibn", "al", "el", "ben", "st.", "y",
    };

    private PersonName(string text, string[] words, string fullKey, string surnameKey, string firstKey)
    {
        Text = text;
        Words = words;
        FullKey = fullKey;
        SurnameKey = surnameKey;
        FirstKey = firstKey;
    }

    /// <summary>The name as written.</summary>
    public string Text { get; }

    /// <summary>The words of the name (possessive endings removed).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Folded lowercase full name ("jose luis de la vega").</summary>
    public string FullKey { get; }

    /// <summary>Folded lowercase surname with particles ("de la vega"), or the single word of a one-word name.</summary>
    public string SurnameKey { get; }

    /// <summary>Folded lowercase first word.</summary>
    public string FirstKey { get; }

    /// <summary>True when the name has at least two words besides particles.</summary>
    public bool IsFull => Words.Count(w => !Particles.Contains(w)) >= 2;

    /// <summary>Parses a name.</summary>
    public static PersonName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Trim();
        if (cleaned.EndsWith("'s", StringComparison.Ordinal) || cleaned.EndsWith("’s", StringComparison.Ordinal)) cleaned = cleaned[..^2];
        var words = cleaned.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) words = [cleaned];
        var folded = words.Select(w => DiacriticFolding.Fold(w).ToLowerInvariant()).ToArray();
        int surnameStart = folded.Length - 1;
        // the first particle after the first word starts the surname ("de la Vega"); a leading particle starts it at 0
        for (int i = 0; i < folded.Length - 1; i++)
        {
            if (Particles.Contains(folded[i]) && (i > 0 || words[i].Length > 0 && char.IsLower(words[i][0]) || folded.Length <= 3))
            {
                surnameStart = i;
                break;
            }
        }
        return new PersonName(cleaned, words, string.Join(' ', folded), string.Join(' ', folded[surnameStart..]), folded[0]);
    }

    /// <summary>True when this (shorter) name can refer to <paramref name="full"/>: same full key, same surname, or first name + surname.</summary>
    public bool CanReferTo(PersonName full)
    {
        ArgumentNullException.ThrowIfNull(full);
        if (FullKey == full.FullKey) return true;
        if (FullKey == full.SurnameKey) return true;
        if (Words.Count == 1 && full.Words.Count > 1 && FullKey == Last(full.FullKey)) return true;
        if (IsFull && FirstKey == full.FirstKey && SurnameKey == full.SurnameKey) return true;
        // "Luis de la Vega" for "Jose Luis de la Vega": a word-suffix of the full name
        if (full.FullKey.EndsWith(" " + FullKey, StringComparison.Ordinal) && Words.Count >= 2) return true;
        // "Claudia Lopez" for "Claudia Lopez Garcia": a word-prefix of a longer full name (double surnames)
        return IsFull && full.FullKey.StartsWith(FullKey + " ", StringComparison.Ordinal);
    }

    private static string Last(string key)
    {
        int space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }
}
