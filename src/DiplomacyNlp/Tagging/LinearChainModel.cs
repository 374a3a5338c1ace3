namespace DiplomacyNlp.Tagging;

/// <summary>
/// A trained linear-chain model: sparse hashed emission weights, tag transitions, and a temperature for
/// calibrated marginals. Immutable and thread-safe; decoding uses caller-provided scratch buffers.
/// </summary>
public sealed class LinearChainModel
{
    private readonly int[] _rowOfBucket;
    private readonly int[] _rowStart;
    private readonly byte[] _entryTag;
    private readonly float[] _entryWeight;

    internal LinearChainModel(FeatureKind kind, TagSet tags, int bits, int[] rowOfBucket, int[] rowStart, byte[] entryTag, float[] entryWeight,
        float[] transitions, float[] start, float[] end, float temperature)
    {
        Kind = kind;
        Tags = tags;
        Bits = bits;
        _rowOfBucket = rowOfBucket;
        _rowStart = rowStart;
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        Transitions = transitions;
        Start = start;
        End = end;
        Temperature = temperature;
        IsBilou = BilouScheme.IsBilou(tags);
        Mask = (1 << bits) - 1;
    }

    /// <summary>The feature templates the model was trained with.</summary>
    public FeatureKind Kind { get; }

    /// <summary>The tags.</summary>
    public TagSet Tags { get; }

    /// <summary>log2 of the hashed feature table size.</summary>
    public int Bits { get; }

    internal int Mask { get; }

    /// <summary>True for an entity model with BILOU tags (decoding enforces valid transitions).</summary>
    public bool IsBilou { get; }

    /// <summary>Transition weights, row = previous tag, column = next tag.</summary>
    internal float[] Transitions { get; }

    internal float[] Start { get; }

    internal float[] End { get; }

    /// <summary>Divides scores before the softmax of the forward-backward marginals (fitted on development data).</summary>
    public float Temperature { get; internal set; }

    /// <summary>Number of stored feature rows.</summary>
    public int RowCount => _rowStart.Length - 1;

    /// <summary>Number of stored non-zero weights.</summary>
    public int WeightCount => _entryTag.Length;

    internal int[] RowOfBucket => _rowOfBucket;

    internal int[] RowStart => _rowStart;

    internal byte[] EntryTag => _entryTag;

    internal float[] EntryWeight => _entryWeight;

    /// <summary>Adds the emission scores of <paramref name="n"/> tokens' features into <paramref name="scores"/> (n × tags).</summary>
    public void Emissions(ReadOnlySpan<uint> features, int n, Span<float> scores)
    {
        int t = Tags.Count;
        scores[..(n * t)].Clear();
        var rows = _rowOfBucket;
        var starts = _rowStart;
        var tagsArr = _entryTag;
        var weights = _entryWeight;
        for (int i = 0; i < n; i++)
        {
            var f = features.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
            var s = scores.Slice(i * t, t);
            for (int k = 0; k < f.Length; k++)
            {
                uint h = f[k];
                if (h == 0) continue;
                int row = rows[(int)(h & (uint)Mask)];
                if (row < 0) continue;
                for (int e = starts[row], end = starts[row + 1]; e < end; e++) s[tagsArr[e]] += weights[e];
            }
        }
    }

    /// <summary>Viterbi decoding over emission scores; writes the best tag sequence into <paramref name="path"/>.</summary>
    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> path, Span<float> delta, Span<int> backPointers) =>
        ViterbiDecoder.Decode(emissions, n, Tags.Count, Transitions, Start, End, IsBilou, path, delta, backPointers);

    /// <summary>
    /// Forward-backward over the temperature-scaled scores: writes the marginal probability of each tag at each
    /// position into <paramref name="marginals"/> (n × tags). Uses <paramref name="alpha"/> and <paramref name="beta"/> as scratch.
    /// </summary>
    public void Marginals(ReadOnlySpan<float> emissions, int n, Span<float> marginals, Span<float> alpha, Span<float> beta)
    {
        int t = Tags.Count;
        if (n == 0) return;
        float inv = 1f / Temperature;
        Span<float> tmp = stackalloc float[t];
        for (int y = 0; y < t; y++)
        {
            alpha[y] = IsBilou && !BilouScheme.AllowedStart(y) ? float.NegativeInfinity : (Start[y] + emissions[y]) * inv;
        }
        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < t; y++)
            {
                for (int x = 0; x < t; x++)
                {
                    tmp[x] = IsBilou && !BilouScheme.Allowed(x, y) ? float.NegativeInfinity : alpha[(i - 1) * t + x] + Transitions[x * t + y] * inv;
                }
                alpha[i * t + y] = LogSumExp(tmp) + emissions[i * t + y] * inv;
            }
        }
        for (int y = 0; y < t; y++)
        {
            beta[(n - 1) * t + y] = IsBilou && !BilouScheme.AllowedEnd(y) ? float.NegativeInfinity : End[y] * inv;
        }
        for (int i = n - 2; i >= 0; i--)
        {
            for (int x = 0; x < t; x++)
            {
                for (int y = 0; y < t; y++)
                {
                    tmp[y] = IsBilou && !BilouScheme.Allowed(x, y) ? float.NegativeInfinity : Transitions[x * t + y] * inv + emissions[(i + 1) * t + y] * inv + beta[(i + 1) * t + y];
                }
                beta[i * t + x] = LogSumExp(tmp);
            }
        }
        for (int y = 0; y < t; y++) tmp[y] = alpha[(n - 1) * t + y] + beta[(n - 1) * t + y];
        float z = LogSumExp(tmp);
        for (int i = 0; i < n; i++)
        {
            for (int y = 0; y < t; y++)
            {
                float a = alpha[i * t + y] + beta[i * t + y] - z;
                marginals[i * t + y] = float.IsNegativeInfinity(a) ? 0f : MathF.Exp(a);
            }
        }
    }

    private static float LogSumExp(ReadOnlySpan<float> values)
    {
        float max = float.NegativeInfinity;
        foreach (var v in values) if (v > max) max = v;
        if (float.IsNegativeInfinity(max)) return max;
        float sum = 0;
        foreach (var v in values) sum += MathF.Exp(v - max);
        return max + MathF.Log(sum);
    }
}
