using BenchmarkDotNet.Attributes;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tagging;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>
/// The statistical taggers alone, single-threaded, over the whole corpus already tokenized and split into sentences
/// (and, for the entity model, already part-of-speech tagged): the part-of-speech tagger, the entity tagger with and
/// without forward–backward confidences, and the two together (the entity stage of the pipeline). Output buffers are
/// reused, so any allocation measured is the taggers' own.
/// </summary>
[MemoryDiagnoser]
public class EntityStageBenchmarks
{
    private (string Text, IReadOnlyList<Token> Tokens, Sentence[] Sentences)[] _documents = [];
    private readonly List<TaggedEntity> _found = new(256);
    private PartOfSpeech[] _pos = new PartOfSpeech[1024];

    /// <summary>Analyzes the corpus once to get tokens with their part of speech and sentences; loads both models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
        _documents = BenchmarkCorpus.Documents
            .Select(d => pipeline.Process(d.Text))
            .Select(r => (r.Text, r.Tokens, r.Sentences.ToArray()))
            .ToArray();
        int longest = _documents.Max(d => d.Sentences.Length == 0 ? 0 : d.Sentences.Max(s => s.TokenCount));
        _pos = new PartOfSpeech[Math.Max(longest, 1)];
    }

    /// <summary>Part-of-speech tagging of every sentence; returns the token count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int PartOfSpeech()
    {
        var tagger = TaggerModels.PartOfSpeech;
        int n = 0;
        foreach (var (text, tokens, sentences) in _documents)
        {
            foreach (var s in sentences)
            {
                tagger.Tag(text, tokens, s.FirstToken, s.EndToken, _pos);
                n += s.TokenCount;
            }
        }
        return n;
    }

    /// <summary>Entity tagging (Viterbi and forward–backward confidences) of every sentence; returns the entity count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int Entities() => TagEntities(withConfidence: true);

    /// <summary>Entity tagging without confidences (Viterbi only); returns the entity count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int EntitiesWithoutConfidence() => TagEntities(withConfidence: false);

    /// <summary>Both taggers, as the pipeline's entity stage runs them; returns the entity count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int PartOfSpeechAndEntities() => PartOfSpeech() >= 0 ? TagEntities(withConfidence: true) : 0;

    private int TagEntities(bool withConfidence)
    {
        var tagger = TaggerModels.Entities;
        int n = 0;
        foreach (var (text, tokens, sentences) in _documents)
        {
            foreach (var s in sentences)
            {
                _found.Clear();
                tagger.Tag(text, tokens, s.FirstToken, s.EndToken, _found, withConfidence);
                n += _found.Count;
            }
        }
        return n;
    }
}
