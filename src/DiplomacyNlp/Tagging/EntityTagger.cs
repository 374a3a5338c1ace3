using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// Finds entities with a trained BILOU <see cref="LinearChainModel"/>: Viterbi decoding constrained to valid tag
/// sequences, and a confidence per entity from the forward-backward marginals (the smallest marginal of the entity's
/// tags, with the temperature fitted on development data). Thread-safe.
/// </summary>
public sealed class EntityTagger
{
    private readonly string[] _typeOfTag;
    private readonly ThreadLocal<WordFeatureCache> _wordCache;

    /// <summary>Wraps an entity model (Viterbi decoding).</summary>
    /// <exception cref="ArgumentException">The model is not a BILOU entity model.</exception>
    public EntityTagger(LinearChainModel model, GazetteerFeatureSource? gazetteer)
        : this(model, gazetteer, SequenceDecoding.Viterbi)
    {
    }

    /// <summary>Wraps an entity model with the given decoding (greedy decoding is the baseline that Viterbi is measured against).</summary>
    /// <exception cref="ArgumentException">The model is not a BILOU entity model.</exception>
    public EntityTagger(LinearChainModel model, GazetteerFeatureSource? gazetteer, SequenceDecoding decoding)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != FeatureKind.Entities || !model.IsBilou) throw new ArgumentException("The model is not a BILOU entity model.", nameof(model));
        Model = model;
        Decoding = decoding;
        _typeOfTag = new string[model.Tags.Count];
        for (int i = 1; i < _typeOfTag.Length; i++) _typeOfTag[i] = model.Tags[i][2..];
        _wordCache = new ThreadLocal<WordFeatureCache>(() => new WordFeatureCache(model, gazetteer));
    }

    /// <summary>The model.</summary>
    public LinearChainModel Model { get; }

    /// <summary>How tag sequences are decoded.</summary>
    public SequenceDecoding Decoding { get; }

    /// <summary>Tags tokens <paramref name="first"/>..<paramref name="end"/> (one sentence; POS already set) and appends the entities.</summary>
    public void Tag(string text, IReadOnlyList<Token> tokens, int first, int end, List<TaggedEntity> output, bool withConfidence = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        int n = end - first;
        if (n <= 0) return;
        int t = Model.Tags.Count;
        var s = TaggerScratch.Get(n, t);
        var gaz = s.Gazetteer.AsSpan(0, n);
        var cache = _wordCache.Value!;
        for (int i = 0; i < n; i++)
        {
            var token = tokens[first + i];
            gaz[i] = cache.Fill(text, token, s.Emissions.AsSpan(i * t, t), out s.Lower[i], out s.Shape[i], out s.CaseClass[i]);
            s.Pos[i] = (uint)token.Pos;
            s.SentenceStart[i] = token.Has(TokenFlags.SentenceStart);
        }
        FeatureExtractor.ExtractContext(FeatureKind.Entities, s.Lower.AsSpan(0, n), s.Shape.AsSpan(0, n), s.CaseClass.AsSpan(0, n), s.Pos.AsSpan(0, n),
            s.SentenceStart.AsSpan(0, n), gaz, s.Features);
        Model.AddContextEmissions(s.Features, n, s.Emissions);
        if (Decoding == SequenceDecoding.Greedy) ViterbiDecoder.Greedy(s.Emissions, n, t, Model.Transitions, Model.Start, Model.IsBilou, s.Path);
        else Model.ViterbiFast(s.Emissions, n, s.Path, s.Delta, s.BackPointers);
        int firstTagged = 0, lastTagged = n - 1;
        while (firstTagged < n && s.Path[firstTagged] == 0) firstTagged++;
        if (firstTagged == n) return;
        while (s.Path[lastTagged] == 0) lastTagged--;
        if (withConfidence)
        {
            // marginals only where entities are: the forward pass stops at the last one, the backward pass at the first
            Model.PathMarginals(s.Emissions, n, s.Path, firstTagged, lastTagged, s.Confidence, s.ExpEmissions, s.Alpha, s.Beta);
        }
        int start = -1;
        for (int i = 0; i < n; i++)
        {
            int tag = s.Path[i];
            char p = BilouScheme.Prefix(tag);
            if (p is 'B' or 'U') start = i;
            if (p is 'L' or 'U' && start >= 0)
            {
                double conf = 1;
                if (withConfidence)
                {
                    for (int j = start; j <= i; j++) conf = Math.Min(conf, s.Confidence[j]);
                }
                output.Add(new TaggedEntity(first + start, i - start + 1, _typeOfTag[tag], Math.Clamp(conf, 0, 1)));
                start = -1;
            }
        }
    }
}
