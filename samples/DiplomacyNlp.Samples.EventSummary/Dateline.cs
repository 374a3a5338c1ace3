using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyNlp.Samples.EventSummary;

/// <summary>Reads the date of a news dateline ("OTTAWA, March 4, 2025 —") near the start of an article.</summary>
internal static partial class Dateline
{
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .'-]+, (?<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*[—–-]", RegexOptions.Multiline)]
    private static partial Regex Pattern();

    /// <summary>The dateline's date, or null when the article has none in its first lines.</summary>
    public static DateOnly? FindDate(string text)
    {
        var match = Pattern().Match(text.Length > 2000 ? text[..2000] : text);
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "MMMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
