using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>The batch API: order, per-document errors, laziness, bounded read-ahead, input failures and early exit.</summary>
[TestFixture]
public sealed class BatchTests
{
    private static readonly DiplomacyPipeline Small = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish()
        .WithOptions(o => o with { MaxDocumentLength = 200 }).Build();

    private static IEnumerable<DocumentInput> Numbered(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return new DocumentInput($"Minister Ana Kovač{i} met envoys in Oslo on day {i}.", $"doc-{i}");
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public void ResultsComeInInputOrderWithIdsAndIndexes(int workers)
    {
        var results = Small.ProcessMany(Numbered(300), new BatchOptions { MaxDegreeOfParallelism = workers }).ToList();
        Assert.That(results.Select(r => r.Id), Is.EqualTo(Enumerable.Range(0, 300).Select(i => $"doc-{i}")));
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 300).Select(i => (long)i)));
        Assert.That(results.All(r => r.Succeeded && r.Result!.Document.Id == r.Id), Is.True);
    }

    [TestCase(1)]
    [TestCase(3)]
    public void BadDocumentsAreReportedAndTheBatchGoesOn(int workers)
    {
        var inputs = new DocumentInput?[]
        {
            new("First text.", "a"), null, new(new string('x', 201), "too-long"), new("Last text.", "d"),
        };
        var results = Small.ProcessMany(inputs!, new BatchOptions { MaxDegreeOfParallelism = workers }).ToList();
        Assert.That(results, Has.Count.EqualTo(4));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].Succeeded, Is.True);
            Assert.That(results[1].Error!.ExceptionType, Is.EqualTo(typeof(ArgumentNullException).FullName));
            Assert.That(results[1].Error!.Message, Does.Contain("#1"));
            Assert.That(results[2].Id, Is.EqualTo("too-long"));
            Assert.That(results[2].Error!.ExceptionType, Is.EqualTo(typeof(DocumentTooLargeException).FullName));
            Assert.That(results[2].Error!.Message, Does.Contain("MaxDocumentLength"));
            Assert.That(results[2].Result, Is.Null);
            Assert.That(results[3].Succeeded, Is.True);
        });
    }

    [Test]
    public async Task AsyncBatchReportsBadDocumentsAndGoesOn()
    {
        var results = new List<DocumentResult>();
        await foreach (var r in Small.ProcessManyAsync(Async(new("ok", "a"), new(new string('x', 300), "big"), new("ok too", "c")), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            results.Add(r);
        }
        Assert.That(results.Select(r => (r.Id, r.Succeeded)), Is.EqualTo(new[] { ("a", true), ("big", false), ("c", true) }));
    }

    [Test]
    public void NothingIsReadBeforeEnumeration()
    {
        var source = new CountingSource(Numbered(100));
        var batch = Small.ProcessMany(source, new BatchOptions { MaxDegreeOfParallelism = 2 });
        Thread.Sleep(50);
        Assert.That(source.Taken, Is.Zero);
        Assert.That(batch.Count(), Is.EqualTo(100));
        Assert.That(source.Disposed, Is.True);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ReadAheadStaysWithinTheCapacity(bool ordered)
    {
        var source = new CountingSource(Numbered(10_000));
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 8, PreserveOrder = ordered };
        long delivered = 0;
        long worst = 0;
        foreach (var _ in Small.ProcessMany(source, options))
        {
            delivered++;
            if (delivered % 500 == 0) Thread.Sleep(5); // a slow consumer now and then: the workers must wait, not read on
            worst = Math.Max(worst, source.Taken - delivered);
        }
        Assert.That(delivered, Is.EqualTo(10_000));
        Assert.That(worst, Is.LessThanOrEqualTo(8), "documents read but not yet delivered");
    }

    [Test]
    public async Task AsyncReadAheadStaysBounded()
    {
        var source = new CountingSource(Numbered(5_000));
        long delivered = 0;
        long worst = 0;
        await foreach (var _ in Small.ProcessManyAsync(Async(source), new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 8 }))
        {
            delivered++;
            if (delivered % 500 == 0) await Task.Delay(5);
            worst = Math.Max(worst, Interlocked.Read(ref source.TakenField) - delivered);
        }
        Assert.That(delivered, Is.EqualTo(5_000));
        Assert.That(worst, Is.LessThanOrEqualTo(8 + 1 + 1), "channel capacity, the document being awaited, and the one the reader holds");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void AnInputThatThrowsEndsTheBatchAfterTheEarlierResults(int workers)
    {
        static IEnumerable<DocumentInput> Failing()
        {
            yield return new DocumentInput("one", "1");
            yield return new DocumentInput("two", "2");
            throw new IOException("disk went away");
        }
        var seen = new List<string?>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var r in Small.ProcessMany(Failing(), new BatchOptions { MaxDegreeOfParallelism = workers })) seen.Add(r.Id);
        })!;
        Assert.That(ex.Message, Is.EqualTo("disk went away"));
        Assert.That(seen, Is.EqualTo(new[] { "1", "2" }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task AnAsyncInputThatThrowsEndsTheBatchAfterTheEarlierResults(bool ordered)
    {
        static async IAsyncEnumerable<DocumentInput> Failing()
        {
            yield return new DocumentInput("one", "1");
            await Task.Yield();
            yield return new DocumentInput("two", "2");
            throw new IOException("feed closed");
        }
        var seen = new List<string?>();
        var ex = (await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var r in Small.ProcessManyAsync(Failing(), new BatchOptions { MaxDegreeOfParallelism = 2, PreserveOrder = ordered })) seen.Add(r.Id);
        }))!;
        Assert.That(ex.Message, Is.EqualTo("feed closed"));
        Assert.That(seen, Is.EquivalentTo(new[] { "1", "2" }));
    }

    [Test]
    public async Task LeavingAnAsyncBatchEarlyStopsItsWork()
    {
        var source = new CountingSource(Numbered(100_000));
        int n = 0;
        await foreach (var _ in Small.ProcessManyAsync(Async(source), new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 8 }))
        {
            if (++n == 10) break;
        }
        long taken = source.Taken;
        await Task.Delay(50);
        Assert.That(source.Taken, Is.EqualTo(taken), "the reader kept reading after the caller left");
        Assert.That(taken, Is.LessThan(40));
    }

    [Test]
    public void LeavingEarlyStopsTheWorkersAndDisposesTheInput()
    {
        var source = new CountingSource(Numbered(100_000));
        var first = Small.ProcessMany(source, new BatchOptions { MaxDegreeOfParallelism = 2 }).Take(10).ToList();
        Assert.That(first, Has.Count.EqualTo(10));
        Assert.That(source.Disposed, Is.True);
        long taken = source.Taken;
        Thread.Sleep(50);
        Assert.That(source.Taken, Is.EqualTo(taken), "workers kept reading after the caller left");
        Assert.That(taken, Is.LessThan(100));
    }

    [Test]
    public void BatchCanBeEnumeratedOnlyOnce()
    {
        var batch = Small.ProcessMany(Numbered(3), new BatchOptions { MaxDegreeOfParallelism = 2 });
        Assert.That(batch.Count(), Is.EqualTo(3));
        Assert.Throws<InvalidOperationException>(() => batch.GetEnumerator());
    }

    [Test]
    public void InvalidOptionsAndArgumentsAreRejectedAtTheCall()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Small.ProcessMany(Numbered(1), new BatchOptions { MaxDegreeOfParallelism = 0 }))!;
        Assert.That(ex.Message, Does.Contain("MaxDegreeOfParallelism"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Small.ProcessManyAsync(Async(), new BatchOptions { BoundedCapacity = -1 }));
        Assert.Throws<ArgumentNullException>(() => Small.ProcessMany(null!));
        Assert.Throws<ArgumentNullException>(() => Small.ProcessManyAsync(null!));
    }

    private static async IAsyncEnumerable<DocumentInput> Async(params DocumentInput[] inputs)
    {
        foreach (var i in inputs)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<DocumentInput> Async(IEnumerable<DocumentInput> inputs)
    {
        foreach (var i in inputs)
        {
            await Task.Yield();
            yield return i;
        }
    }

    /// <summary>Counts how many inputs were taken and whether the enumerator was disposed.</summary>
    private sealed class CountingSource : IEnumerable<DocumentInput>
    {
        private readonly IEnumerable<DocumentInput> _inner;
        public long TakenField;

        public CountingSource(IEnumerable<DocumentInput> inner) => _inner = inner;

        public long Taken => Interlocked.Read(ref TakenField);

        public bool Disposed { get; private set; }

        public IEnumerator<DocumentInput> GetEnumerator()
        {
            try
            {
                foreach (var item in _inner)
                {
                    Interlocked.Increment(ref TakenField);
                    yield return item;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
