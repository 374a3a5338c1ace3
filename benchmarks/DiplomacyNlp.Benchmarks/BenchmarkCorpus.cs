using DiplomacyNlp.Benchmarks.Corpus;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Benchmarks;

/// <summary>The corpus every benchmark reads (generated once per process; deterministic, so the host and the benchmark processes agree).</summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusDocument>> DocumentsLazy = new(() => NewsCorpus.Generate(400));
    private static readonly Lazy<long> TokenCountLazy = new(CountTokens);
    private static readonly Lazy<long> FirstDocumentTokenCountLazy = new(() => Tokenizer.Default.Tokenize(Documents[0].Text).Count);

    /// <summary>The 400 generated documents.</summary>
    public static IReadOnlyList<CorpusDocument> Documents => DocumentsLazy.Value;

    /// <summary>The number of tokens the default tokenizer finds in the whole corpus.</summary>
    public static long TokenCount => TokenCountLazy.Value;

    /// <summary>The number of tokens in the first document (what a cold start processes).</summary>
    public static long FirstDocumentTokenCount => FirstDocumentTokenCountLazy.Value;

    /// <summary>The number of characters in the corpus.</summary>
    public static long CharacterCount
    {
        get
        {
            long n = 0;
            foreach (var d in Documents) n += d.Text.Length;
            return n;
        }
    }

    private static long CountTokens()
    {
        var tokens = new List<Token>(1 << 16);
        long n = 0;
        foreach (var d in Documents)
        {
            tokens.Clear();
            Tokenizer.Default.Tokenize(d.Text.AsSpan(), tokens);
            n += tokens.Count;
        }
        return n;
    }
}
