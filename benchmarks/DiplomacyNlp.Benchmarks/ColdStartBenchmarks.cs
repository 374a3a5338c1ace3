using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>
/// The first document after process start: building the default pipeline (model and lexicon loading included) and
/// analyzing one document, measured once per freshly launched process (no jitting, pilot or warm-up runs).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdStartBenchmarks
{
    private string _text = "";

    /// <summary>Generates the first corpus document (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Documents[0].Text;

    /// <summary>Builds the default pipeline and analyzes the first document; returns its token count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.FirstDocument)]
    public int FirstDocument()
    {
        var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
        return pipeline.Process(_text, new DocumentInfo { Id = "cold" }).Tokens.Count;
    }
}
