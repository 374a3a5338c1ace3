using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>Assigns Penn Treebank tags with a trained <see cref="LinearChainModel"/> (Viterbi decoding). Thread-safe.</summary>
public sealed class PartOfSpeechTagger
{
    private readonly PartOfSpeech[] _tagOf;
    private readonly ThreadLocal<WordFeatureCache> _wordCache;

    /// <summary>Wraps a POS model.</summary>
    /// <exception cref="ArgumentException">The model is not a part-of-speech model.</exception>
    public PartOfSpeechTagger(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != FeatureKind.PartOfSpeech) throw new ArgumentException("The model is not a part-of-speech model.", nameof(model));
        Model = model;
        _tagOf = new PartOfSpeech[model.Tags.Count];
        for (int i = 0; i < _tagOf.Length; i++) _tagOf[i] = PartOfSpeechNames.TryParse(model.Tags[i], out var p) ? p : PartOfSpeech.NN;
        _wordCache = new ThreadLocal<WordFeatureCache>(() => new WordFeatureCache(model, null));
    }

    /// <summary>The model.</summary>
    public LinearChainModel Model { get; }

    /// <summary>Tags tokens <paramref name="first"/>..<paramref name="end"/> (one sentence) into <paramref name="output"/>.</summary>
    public void Tag(string text, IReadOnlyList<Token> tokens, int first, int end, Span<PartOfSpeech> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int n = end - first;
        if (n <= 0) return;
        int t = Model.Tags.Count;
        var s = TaggerScratch.Get(n, t);
        var cache = _wordCache.Value!;
        for (int i = 0; i < n; i++)
        {
            var token = tokens[first + i];
            cache.Fill(text, token, s.Emissions.AsSpan(i * t, t), out s.Lower[i], out s.Shape[i], out s.CaseClass[i]);
            s.Pos[i] = (uint)token.Pos;
            s.SentenceStart[i] = token.Has(TokenFlags.SentenceStart);
        }
        FeatureExtractor.ExtractContext(FeatureKind.PartOfSpeech, s.Lower.AsSpan(0, n), s.Shape.AsSpan(0, n), s.CaseClass.AsSpan(0, n), s.Pos.AsSpan(0, n),
            s.SentenceStart.AsSpan(0, n), ReadOnlySpan<GazetteerFlags>.Empty, s.Features);
        Model.AddContextEmissions(s.Features, n, s.Emissions);
        Model.ViterbiFast(s.Emissions, n, s.Path, s.Delta, s.BackPointers);
        for (int i = 0; i < n; i++) output[i] = _tagOf[s.Path[i]];
    }
}
