using BenchmarkDotNet.Attributes;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>The tokenizer alone over the whole corpus, single-threaded, reusing one token list (no allocation per token).</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 16);
    private string[] _texts = [];

    /// <summary>Loads the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.Documents.Select(d => d.Text).ToArray();
    }

    /// <summary>Tokenizes every document; returns the token count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int TokenizeCorpus()
    {
        int n = 0;
        var tokenizer = Tokenizer.Default;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            tokenizer.Tokenize(text.AsSpan(), _tokens);
            n += _tokens.Count;
        }
        return n;
    }

    /// <summary>Tokenizes and splits sentences for every document; returns the sentence count.</summary>
    [Benchmark]
    [OperationTokens(OperationScope.WholeCorpus)]
    public int TokenizeAndSplitSentences()
    {
        int n = 0;
        var tokenizer = Tokenizer.Default;
        var splitter = SentenceSplitter.Default;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            _sentences.Clear();
            tokenizer.Tokenize(text.AsSpan(), _tokens);
            splitter.Split(text.AsSpan(), _tokens, _sentences);
            n += _sentences.Count;
        }
        return n;
    }

    private readonly List<Sentence> _sentences = new(1 << 12);
}
