namespace DiplomacyNlp.Pipeline;

/// <summary>
/// The outcome for one document of a batch: its <see cref="Result"/>, or the <see cref="Error"/> that stopped it.
/// A failed document never stops the batch.
/// </summary>
public sealed class DocumentResult
{
    private DocumentResult(long index, string? id, AnalysisResult? result, DocumentError? error)
    {
        Index = index;
        Id = id;
        Result = result;
        Error = error;
    }

    internal static DocumentResult Success(long index, string? id, AnalysisResult result) => new(index, id, result, null);

    internal static DocumentResult Failure(long index, string? id, Exception exception) => new(index, id, null, DocumentError.From(exception));

    /// <summary>The zero-based position of the document in the input sequence.</summary>
    public long Index { get; }

    /// <summary>The id of the input document, or null.</summary>
    public string? Id { get; }

    /// <summary>The analysis, or null when the document failed.</summary>
    public AnalysisResult? Result { get; }

    /// <summary>Why the document failed, or null when it succeeded.</summary>
    public DocumentError? Error { get; }

    /// <summary>True when <see cref="Result"/> is set.</summary>
    public bool Succeeded => Result is not null;

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"#{Index} {Id}: ok" : $"#{Index} {Id}: {Error}";
}
