using System.Collections;
using System.Runtime.ExceptionServices;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// The synchronous parallel batch behind <see cref="DiplomacyPipeline.ProcessMany"/>: N - 1 worker threads and the
/// caller's own thread (whenever the result it needs next is not ready yet) take documents from the input one at a
/// time (under a lock) and analyze them; the caller's thread receives the results. A window
/// of <see cref="BatchOptions.EffectiveCapacity"/> documents bounds how far the workers may run ahead of the caller,
/// so memory stays bounded however long the input is. Nothing waits on a task: plain monitors only.
/// </summary>
internal sealed class ParallelBatch : IEnumerable<DocumentResult>
{
    private readonly DiplomacyPipeline _pipeline;
    private readonly IEnumerable<DocumentInput> _inputs;
    private readonly BatchOptions _options;
    private readonly CancellationToken _cancellationToken;
    private int _enumerated;

    public ParallelBatch(DiplomacyPipeline pipeline, IEnumerable<DocumentInput> inputs, BatchOptions options, CancellationToken cancellationToken)
    {
        _pipeline = pipeline;
        _inputs = inputs;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public IEnumerator<DocumentResult> GetEnumerator()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A ProcessMany batch can be enumerated only once; call ProcessMany again to run the inputs again.");
        }
        return new Enumerator(_pipeline, _inputs.GetEnumerator(), _options, _cancellationToken);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator : IEnumerator<DocumentResult>
    {
        private readonly DiplomacyPipeline _pipeline;
        private readonly IEnumerator<DocumentInput> _source;
        private readonly int _capacity;
        private readonly int _workerCount;
        private readonly bool _ordered;
        private readonly CancellationToken _callerToken;
        private readonly CancellationTokenSource _stop;
        private readonly object _gate = new();
        private readonly object _sourceLock = new();
        private readonly DocumentResult?[] _window;
        private readonly Queue<DocumentResult> _ready = new();
        private CancellationTokenRegistration _registration;
        private Thread[]? _threads;
        private long _taken;
        private long _delivered;
        private int _running;
        private bool _consumerWaiting;
        private int _workersWaitingForRoom;
        private bool _sourceDone;
        private Exception? _sourceError;
        private Exception? _fault;
        private DocumentResult? _current;
        private bool _disposed;

        public Enumerator(DiplomacyPipeline pipeline, IEnumerator<DocumentInput> source, BatchOptions options, CancellationToken cancellationToken)
        {
            _pipeline = pipeline;
            _source = source;
            _capacity = options.EffectiveCapacity;
            _workerCount = Math.Min(options.MaxDegreeOfParallelism, _capacity);
            _ordered = options.PreserveOrder;
            _callerToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _window = _ordered ? new DocumentResult?[_capacity] : Array.Empty<DocumentResult?>();
        }

        public DocumentResult Current => _current ?? throw new InvalidOperationException("Call MoveNext first.");

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_threads is null) Start();
            var spinner = new SpinWait();
            while (true)
            {
                lock (_gate)
                {
                    if (TryFinishStepLocked(out bool more)) return more;
                }
                // The next result is not ready: rather than sleep, analyze a document on this thread when the input
                // is free and the window has room (with N workers, N - 1 threads plus the caller do the work).
                if (TryTake(_stop.Token, wait: false, out long index, out var input))
                {
                    var result = _pipeline.ProcessOne(index, input, _stop.Token);
                    if (result is null)
                    {
                        _callerToken.ThrowIfCancellationRequested();
                        throw new OperationCanceledException("The batch was stopped.");
                    }
                    Store(index, result);
                    continue;
                }
                if (!spinner.NextSpinWillYield)
                {
                    // Short documents finish in microseconds: spinning a little is cheaper than sleeping and waking.
                    spinner.SpinOnce(sleep1Threshold: -1);
                    continue;
                }
                spinner.Reset();
                lock (_gate)
                {
                    if (TryFinishStepLocked(out bool more)) return more;
                    if (_running == 0)
                    {
                        throw new InvalidOperationException("The batch workers stopped before every document had a result.");
                    }
                    _consumerWaiting = true;
                    Monitor.Wait(_gate);
                    _consumerWaiting = false;
                }
            }
        }

        /// <summary>Under the gate: delivers the next result, or ends the sequence, or throws; false when the caller must wait or work.</summary>
        private bool TryFinishStepLocked(out bool more)
        {
            more = false;
            if (_fault is not null) ExceptionDispatchInfo.Throw(_fault);
            if (_ordered)
            {
                long slot = _delivered % _capacity;
                var next = _window[slot];
                if (next is not null)
                {
                    _window[slot] = null;
                    more = Deliver(next);
                    return true;
                }
            }
            else if (_ready.Count > 0)
            {
                more = Deliver(_ready.Dequeue());
                return true;
            }
            if (_sourceDone && _delivered == _taken)
            {
                if (_sourceError is not null) ExceptionDispatchInfo.Throw(_sourceError);
                _current = null;
                return true;
            }
            _callerToken.ThrowIfCancellationRequested();
            return false;
        }

        private void Store(long index, DocumentResult result)
        {
            lock (_gate)
            {
                if (_ordered) _window[index % _capacity] = result;
                else _ready.Enqueue(result);
                // Wake the caller only when it waits for this very result (or, unordered, for any).
                if (_consumerWaiting && (!_ordered || index == _delivered)) Monitor.PulseAll(_gate);
            }
        }

        private bool Deliver(DocumentResult result)
        {
            _current = result;
            _delivered++;
            if (_workersWaitingForRoom > 0) Monitor.PulseAll(_gate);
            return true;
        }

        private void Start()
        {
            // Registered on the linked source, so the workers' token is already cancelled when the callback wakes them.
            _registration = _stop.Token.Register(static state =>
            {
                var self = (Enumerator)state!;
                lock (self._gate) Monitor.PulseAll(self._gate);
            }, this);
            _running = _workerCount - 1; // the caller's thread is the last worker
            _threads = new Thread[_workerCount - 1];
            for (int i = 0; i < _threads.Length; i++)
            {
                _threads[i] = new Thread(Work) { IsBackground = true, Name = $"DiplomacyNlp batch worker {i + 1}" };
                _threads[i].Start();
            }
        }

        private void Work()
        {
            var token = _stop.Token;
            try
            {
                while (TryTake(token, wait: true, out long index, out var input))
                {
                    var result = _pipeline.ProcessOne(index, input, token);
                    if (result is null) return; // cancelled
                    Store(index, result);
                }
            }
            catch (Exception ex)
            {
                lock (_gate) _fault ??= ex;
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>
        /// Takes the next input once the window has room; false when the input is exhausted or the batch stops, or,
        /// without <paramref name="wait"/>, when the input is busy or the window is full.
        /// </summary>
        private bool TryTake(CancellationToken token, bool wait, out long index, out DocumentInput? input)
        {
            index = -1;
            input = null;
            if (wait) Monitor.Enter(_sourceLock);
            else if (!Monitor.TryEnter(_sourceLock)) return false;
            try
            {
                lock (_gate)
                {
                    while (!_sourceDone && !token.IsCancellationRequested && _taken - _delivered >= _capacity)
                    {
                        if (!wait) return false;
                        _workersWaitingForRoom++;
                        Monitor.Wait(_gate);
                        _workersWaitingForRoom--;
                    }
                    if (_sourceDone || token.IsCancellationRequested) return false;
                }
                bool has;
                try
                {
                    has = _source.MoveNext();
                    if (has) input = _source.Current;
                }
                catch (Exception ex)
                {
                    lock (_gate)
                    {
                        _sourceError = ex;
                        _sourceDone = true;
                        Monitor.PulseAll(_gate);
                    }
                    return false;
                }
                lock (_gate)
                {
                    if (!has)
                    {
                        _sourceDone = true;
                        Monitor.PulseAll(_gate);
                        return false;
                    }
                    index = _taken++;
                    return true;
                }
            }
            finally
            {
                Monitor.Exit(_sourceLock);
            }
        }

        public void Reset() => throw new NotSupportedException("A batch cannot be restarted; call ProcessMany again.");

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _stop.Cancel();
            lock (_gate) Monitor.PulseAll(_gate);
            if (_threads is not null)
            {
                foreach (var t in _threads) t.Join();
            }
            _registration.Dispose();
            lock (_sourceLock) _source.Dispose();
            _stop.Dispose();
        }
    }
}
