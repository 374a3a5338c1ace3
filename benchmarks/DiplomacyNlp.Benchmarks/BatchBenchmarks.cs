using BenchmarkDotNet.Attributes;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Benchmarks;

/// <summary><see cref="DiplomacyPipeline.ProcessMany"/> over the whole corpus with 1 and 2 workers (the speed-up on this 2-core machine).</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private DiplomacyPipeline _pipeline = null!;
    private DocumentInput[] _inputs = [];

    /// <summary>The number of workers.</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    /// <summary>Builds the pipeline and loads the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
        _inputs = BenchmarkCorpus.Documents.Select(d => new DocumentInput(d.Text, d.Id, d.Published)).ToArray();
    }

    /// <summary>Runs the batch in input order; returns the token count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public long ProcessMany()
    {
        long n = 0;
        foreach (var r in _pipeline.ProcessMany(_inputs, new BatchOptions { MaxDegreeOfParallelism = Workers }))
        {
            n += r.Result!.Tokens.Count;
        }
        return n;
    }
}
