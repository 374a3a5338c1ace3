using System.Globalization;

namespace DiplomacyNlp.Text;

/// <summary>
/// Reads publication dates given as text (feeds, JSON lines, command-line options): <c>YYYY-MM-DD</c>, or an ISO 8601
/// timestamp such as <c>2025-09-03T14:05:00Z</c>, of which only the calendar date is kept.
/// </summary>
public static class PublicationDate
{
    /// <summary>Parses <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidPublicationDateException"><paramref name="value"/> is not a date in the accepted forms.</exception>
    public static DateOnly Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var date) ? date : throw new InvalidPublicationDateException(value);
    }

    /// <summary>Parses <paramref name="value"/> without throwing; false when it is not a date in the accepted forms.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        if (value.Length == 10)
        {
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        if (value.Length > 10 && value[10] is 'T' or 't' or ' '
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out _)
            && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        date = default;
        return false;
    }
}
