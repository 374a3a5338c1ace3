using BenchmarkDotNet.Attributes;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>The full <c>UseDefaultEnglish()</c> pipeline, single-threaded, over the whole corpus.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private DiplomacyPipeline _pipeline = null!;
    private Document[] _documents = [];

    /// <summary>Builds the pipeline and loads the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
        _documents = BenchmarkCorpus.Documents
            .Select(d => new Document(d.Text, new DocumentInfo { Id = d.Id, Published = d.Published }))
            .ToArray();
    }

    /// <summary>Analyzes every document; returns the token count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int AnalyzeCorpus()
    {
        int n = 0;
        foreach (var document in _documents) n += _pipeline.Process(document).Tokens.Count;
        return n;
    }

    /// <summary>Analyzes every document and writes its JSON (as the CLI does); returns the JSON length.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public long AnalyzeCorpusToJson()
    {
        long n = 0;
        foreach (var document in _documents) n += ResultJsonWriter.ToJson(_pipeline.Process(document)).Length;
        return n;
    }
}
