using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

public sealed partial class DiplomacyPipeline
{
    /// <summary>
    /// Analyzes a sequence of documents with bounded parallelism and bounded memory. The sequence is read lazily, as
    /// results are consumed: at most <see cref="BatchOptions.EffectiveCapacity"/> documents are held between the input
    /// and the caller. A document that fails is reported on its own <see cref="DocumentResult.Error"/> and never stops
    /// the batch; an exception thrown by the input sequence itself ends the batch after the results before it.
    /// </summary>
    /// <param name="inputs">The documents; a null element gives a failed result for that element.</param>
    /// <param name="options">Parallelism, ordering and capacity; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: documents in progress are abandoned within moments and enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>A lazily evaluated sequence of results, in input order unless <see cref="BatchOptions.PreserveOrder"/> is false. Enumerate it once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IEnumerable<DocumentResult> ProcessMany(IEnumerable<DocumentInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchOptions.Default;
        options.Validate();
        if (options.MaxDegreeOfParallelism == 1) return ProcessSequentially(inputs, cancellationToken);
        return new ParallelBatch(this, inputs, options, cancellationToken);
    }

    /// <summary>
    /// Analyzes an asynchronous stream of documents with bounded parallelism and bounded memory (bounded channels
    /// between the reader, the workers and the caller). Failure and ordering rules are those of
    /// <see cref="ProcessMany"/>.
    /// </summary>
    /// <param name="inputs">The documents; a null element gives a failed result for that element.</param>
    /// <param name="options">Parallelism, ordering and capacity; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch; enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IAsyncEnumerable<DocumentResult> ProcessManyAsync(IAsyncEnumerable<DocumentInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchOptions.Default;
        options.Validate();
        return ProcessManyAsyncCore(inputs, options, cancellationToken);
    }

    /// <summary>Analyzes one batch element; null when <paramref name="cancellationToken"/> stopped it.</summary>
    internal DocumentResult? ProcessOne(long index, DocumentInput? input, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return DocumentResult.Failure(index, null, new ArgumentNullException("inputs", $"Input element #{index} is null; give a DocumentInput for every element."));
        }
        try
        {
            var result = Process(new Document(input.Text, input.ToDocumentInfo()), cancellationToken);
            return DocumentResult.Success(index, input.Id, result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return DocumentResult.Failure(index, input.Id, ex);
        }
    }

    private IEnumerable<DocumentResult> ProcessSequentially(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken)
    {
        long index = 0;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ProcessOne(index++, input, cancellationToken) ?? throw new OperationCanceledException(cancellationToken);
        }
    }

    private async IAsyncEnumerable<DocumentResult> ProcessManyAsyncCore(IAsyncEnumerable<DocumentInput> inputs, BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int capacity = options.EffectiveCapacity;
        int workerCount = Math.Min(options.MaxDegreeOfParallelism, capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var work = Channel.CreateBounded<PendingDocument>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = workerCount == 1 });
        var order = options.PreserveOrder
            ? Channel.CreateBounded<PendingDocument>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true })
            : null;
        var done = options.PreserveOrder
            ? null
            : Channel.CreateBounded<DocumentResult>(new BoundedChannelOptions(capacity) { SingleReader = true });

        var producer = Task.Run(() => ReadInputsAsync(inputs, work.Writer, order?.Writer, token), CancellationToken.None);
        var workers = new Task[workerCount];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(work.Reader, done?.Writer, token), CancellationToken.None);
        }
        if (done is not null)
        {
            _ = Task.WhenAll(workers).ContinueWith(_ => done.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        try
        {
            if (order is not null)
            {
                await foreach (var pending in order.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    yield return await pending.Completion.WaitAsync(token).ConfigureAwait(false);
                }
            }
            else
            {
                await foreach (var result in done!.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            await producer.ConfigureAwait(false); // surfaces an exception thrown by the input sequence
        }
        finally
        {
            stop.Cancel();
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // the workers stop by cancellation when the caller leaves early
            }
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // already surfaced above, or irrelevant because the caller stopped enumerating
            }
        }
    }

    private static async Task ReadInputsAsync(IAsyncEnumerable<DocumentInput> inputs, ChannelWriter<PendingDocument> work,
        ChannelWriter<PendingDocument>? order, CancellationToken token)
    {
        Exception? error = null;
        long index = 0;
        try
        {
            await foreach (var input in inputs.WithCancellation(token).ConfigureAwait(false))
            {
                var pending = new PendingDocument(index++, input);
                if (order is not null) await order.WriteAsync(pending, token).ConfigureAwait(false);
                await work.WriteAsync(pending, token).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            error = ex;
        }
        finally
        {
            work.TryComplete();
            order?.TryComplete(error);
        }
        if (error is not null) ExceptionDispatchInfo.Throw(error);
    }

    private async Task WorkAsync(ChannelReader<PendingDocument> work, ChannelWriter<DocumentResult>? done, CancellationToken token)
    {
        while (await work.WaitToReadAsync(token).ConfigureAwait(false))
        {
            while (work.TryRead(out var pending))
            {
                var result = ProcessOne(pending.Index, pending.Input, token);
                if (result is null)
                {
                    pending.Cancel(token);
                    return;
                }
                if (done is null) pending.Complete(result);
                else await done.WriteAsync(result, token).ConfigureAwait(false);
            }
        }
    }
}
