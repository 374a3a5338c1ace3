using DiplomacyNlp.Benchmarks.Corpus;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>One pipeline shared by many threads gives exactly the results of a serial run (2,000 news briefs).</summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    private const int DocumentCount = 2_000;
    private static readonly JsonOutputOptions Json = new() { IncludeTokens = true };
    private static readonly Lazy<IReadOnlyList<CorpusDocument>> Corpus = new(() => NewsCorpus.GenerateShort(DocumentCount, seed: 4711));
    private static readonly Lazy<string[]> SerialJson = new(() =>
    {
        var pipeline = DiplomacyText.DefaultPipeline;
        return Corpus.Value.Select(d => ResultJsonWriter.ToJson(pipeline.Process(d.Text, Info(d)), Json)).ToArray();
    });

    private static DocumentInfo Info(CorpusDocument d) => new() { Id = d.Id, Published = d.Published };

    [Test]
    public void EightThreadsSharingOnePipelineMatchTheSerialRun()
    {
        var pipeline = DiplomacyText.DefaultPipeline;
        var documents = Corpus.Value;
        var expected = SerialJson.Value;
        var actual = new string?[documents.Count];
        int next = -1;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = new Thread[8];
        using var start = new Barrier(threads.Length);
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < documents.Count)
                    {
                        actual[i] = ResultJsonWriter.ToJson(pipeline.Process(documents[i].Text, Info(documents[i])), Json);
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            });
            threads[t].Start();
        }
        foreach (var t in threads) t.Join();
        Assert.That(failures, Is.Empty);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.That(actual[i], Is.EqualTo(expected[i]), $"document {documents[i].Id} differs from the serial run");
        }
    }

    [Test]
    public void ProcessManyWithEightWorkersMatchesTheSerialRunInOrder()
    {
        var inputs = Corpus.Value.Select(d => new DocumentInput(d.Text, d.Id, d.Published));
        var results = DiplomacyText.DefaultPipeline.ProcessMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 8 })
            .Select(r => ResultJsonWriter.ToJson(r.Result!, Json)).ToArray();
        Assert.That(results, Is.EqualTo(SerialJson.Value));
    }

    [Test]
    public async Task ProcessManyAsyncWithEightWorkersMatchesTheSerialRunInOrder()
    {
        var results = new List<string>(DocumentCount);
        await foreach (var r in DiplomacyText.DefaultPipeline.ProcessManyAsync(AsyncInputs(), new BatchOptions { MaxDegreeOfParallelism = 8 }))
        {
            results.Add(ResultJsonWriter.ToJson(r.Result!, Json));
        }
        Assert.That(results, Is.EqualTo(SerialJson.Value));
    }

    [Test]
    public void UnorderedBatchGivesTheSameResultsAsTheSerialRun()
    {
        var inputs = Corpus.Value.Select(d => new DocumentInput(d.Text, d.Id, d.Published));
        var results = DiplomacyText.DefaultPipeline.ProcessMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 8, PreserveOrder = false }).ToArray();
        Assert.That(results.Select(r => r.Index), Is.EquivalentTo(Enumerable.Range(0, DocumentCount).Select(i => (long)i)));
        foreach (var r in results)
        {
            Assert.That(ResultJsonWriter.ToJson(r.Result!, Json), Is.EqualTo(SerialJson.Value[r.Index]));
        }
    }

    private static async IAsyncEnumerable<DocumentInput> AsyncInputs()
    {
        foreach (var d in Corpus.Value)
        {
            if (d.Id.EndsWith('7')) await Task.Yield();
            yield return new DocumentInput(d.Text, d.Id, d.Published);
        }
    }
}
