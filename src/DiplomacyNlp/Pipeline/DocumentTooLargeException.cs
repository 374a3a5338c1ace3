namespace DiplomacyNlp.Pipeline;

/// <summary>The document is longer than <see cref="DiplomacyPipelineOptions.MaxDocumentLength"/>.</summary>
public sealed class DocumentTooLargeException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public DocumentTooLargeException(int length, int limit)
        : base($"The document has {length:N0} characters, more than the limit of {limit:N0}; split it, or raise DiplomacyPipelineOptions.MaxDocumentLength.", "text")
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>The document's length.</summary>
    public int Length { get; }

    /// <summary>The configured limit.</summary>
    public int Limit { get; }
}
