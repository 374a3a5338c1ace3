namespace DiplomacyNlp.Text;

/// <summary>A publication date given as text is not a valid calendar date in the expected <c>YYYY-MM-DD</c> form.</summary>
public sealed class InvalidPublicationDateException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="value">The text that could not be read as a date.</param>
    public InvalidPublicationDateException(string value)
        : base($"The publication date '{value}' is not a valid date; write it as YYYY-MM-DD (for example 2025-09-03), or an ISO 8601 timestamp that starts with one.")
    {
        Value = value;
    }

    /// <summary>The rejected text.</summary>
    public string Value { get; }
}
