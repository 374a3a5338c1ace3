namespace DiplomacyNlp.Pipeline;

/// <summary>A document of an asynchronous batch on its way through the workers, with the promise of its result.</summary>
internal sealed class PendingDocument
{
    private readonly TaskCompletionSource<DocumentResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PendingDocument(long index, DocumentInput? input)
    {
        Index = index;
        Input = input;
    }

    public long Index { get; }

    public DocumentInput? Input { get; }

    public Task<DocumentResult> Completion => _completion.Task;

    public void Complete(DocumentResult result) => _completion.TrySetResult(result);

    public void Cancel(CancellationToken token) => _completion.TrySetCanceled(token);
}
