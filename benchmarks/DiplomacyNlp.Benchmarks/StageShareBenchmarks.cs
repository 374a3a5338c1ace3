using BenchmarkDotNet.Attributes;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>
/// What the later stages cost: the default pipeline in full, without the events stage, and without the people and
/// events stages. Run in one BenchmarkDotNet session, the differences are the people stage's (role linking and
/// coreference) and the events stage's share of the time per token.
/// </summary>
[MemoryDiagnoser]
public class StageShareBenchmarks
{
    private DiplomacyPipeline _full = null!;
    private DiplomacyPipeline _withoutEvents = null!;
    private DiplomacyPipeline _entitiesOnly = null!;
    private Document[] _documents = [];

    /// <summary>Builds the three pipelines and loads the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _full = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
        var builder = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish();
        builder.Components.TryRemove<EventComponent>();
        _withoutEvents = builder.Build();
        builder = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish();
        builder.Components.TryRemove<EventComponent>();
        builder.Components.TryRemove<PeopleComponent>();
        _entitiesOnly = builder.Build();
        _documents = BenchmarkCorpus.Documents
            .Select(d => new Document(d.Text, new DocumentInfo { Id = d.Id, Published = d.Published }))
            .ToArray();
    }

    /// <summary>Every stage.</summary>
    [Benchmark(Baseline = true)]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int Full() => Run(_full);

    /// <summary>Without the events stage.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int WithoutEvents() => Run(_withoutEvents);

    /// <summary>Without the people and events stages (up to the merged entities and times).</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int WithoutPeopleAndEvents() => Run(_entitiesOnly);

    private int Run(DiplomacyPipeline pipeline)
    {
        int n = 0;
        foreach (var document in _documents) n += pipeline.Process(document).Tokens.Count;
        return n;
    }
}
