using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// A trained linear-chain model: sparse hashed emission weights, tag transitions, and a temperature for
/// calibrated marginals. Immutable and thread-safe; decoding uses caller-provided scratch buffers.
/// </summary>
public sealed class LinearChainModel
{
    private readonly int[] _rowOfBucket;
    private readonly int[] _rowStart;
    private readonly int[] _packedRow;
    private readonly WeightEntry[] _entries;
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
        (_packedRow, _entries) = Pack(rowOfBucket, rowStart, entryTag, entryWeight);
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        Transitions = transitions;
        Start = start;
        End = end;
        Temperature = temperature;
        IsBilou = BilouScheme.IsBilou(tags);
        Mask = (1 << bits) - 1;
    }

    /// <summary>
    /// One array access per feature: each bucket's row as its first entry and length packed into one int, and the
    /// entries as (weight, tag) pairs. Runs once per model load over a million buckets, so it is compiled optimized at once.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (int[] Packed, WeightEntry[] Entries) Pack(int[] rowOfBucket, int[] rowStart, byte[] entryTag, float[] entryWeight)
    {
        var packed = new int[rowOfBucket.Length];
        for (int b = 0; b < rowOfBucket.Length; b++)
        {
            int r = rowOfBucket[b];
            packed[b] = r < 0 ? -1 : (rowStart[r] << 8) | (rowStart[r + 1] - rowStart[r]);
        }
        var entries = new WeightEntry[entryTag.Length];
        for (int e = 0; e < entryTag.Length; e++) entries[e] = new WeightEntry(entryWeight[e], entryTag[e]);
        return (packed, entries);
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
        for (int i = 0; i < n; i++)
        {
            AddRows(features.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride), scores.Slice(i * t, t));
        }
    }

    /// <summary>
    /// Adds the context features' scores (slots <see cref="FeatureExtractor.WordSlots"/> onward) of <paramref name="n"/>
    /// tokens to <paramref name="scores"/>, whose rows already hold the word features' scores.
    /// </summary>
    internal void AddContextEmissions(ReadOnlySpan<uint> features, int n, Span<float> scores)
    {
        int t = Tags.Count;
        const int context = FeatureExtractor.Stride - FeatureExtractor.WordSlots;
        for (int i = 0; i < n; i++)
        {
            AddRows(features.Slice(i * FeatureExtractor.Stride + FeatureExtractor.WordSlots, context), scores.Slice(i * t, t));
        }
    }

    /// <summary>
    /// Adds the weights of the features in <paramref name="slots"/> (0 = none) to one token's <paramref name="scores"/>,
    /// in slot order. Two passes: first gather every feature's row (independent loads the CPU overlaps; the tables are
    /// larger than the caches), then add the rows' weights.
    /// </summary>
    internal void AddRows(ReadOnlySpan<uint> slots, Span<float> scores)
    {
        var packed = _packedRow;
        var entries = _entries;
        uint mask = (uint)Mask;
        Span<int> rows = stackalloc int[FeatureExtractor.Stride];
        rows = rows[..slots.Length];
        for (int k = 0; k < slots.Length; k++)
        {
            uint h = slots[k];
            rows[k] = h == 0 ? -1 : packed[(int)(h & mask)];
        }
        for (int k = 0; k < rows.Length; k++)
        {
            int p = rows[k];
            if (p < 0) continue;
            int start = p >> 8, end = start + (p & 0xFF);
            for (int e = start; e < end; e++) scores[entries[e].Tag] += entries[e].Weight;
        }
    }

    private readonly record struct WeightEntry(float Weight, byte Tag);

    /// <summary>Viterbi decoding over emission scores; writes the best tag sequence into <paramref name="path"/>.</summary>
    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> path, Span<float> delta, Span<int> backPointers) =>
        ViterbiDecoder.Decode(emissions, n, Tags.Count, Transitions, Start, End, IsBilou, path, delta, backPointers);

    /// <summary>How many tags per position the fast decoder considers (the best by emission score).</summary>
    public const int PrunedBeam = 6;

    /// <summary>
    /// Viterbi over the <see cref="PrunedBeam"/> best tags per position, falling back to the full lattice when that holds
    /// no valid path. <paramref name="delta"/> and <paramref name="backPointers"/> need n × tags entries.
    /// </summary>
    public void ViterbiFast(ReadOnlySpan<float> emissions, int n, Span<int> path, Span<float> delta, Span<int> backPointers)
    {
        const int k = PrunedBeam;
        int t = Tags.Count;
        if (IsBilou || t <= k * 2)
        {
            Viterbi(emissions, n, path, delta, backPointers);
            return;
        }
        // delta holds scores (n·k), backPointers holds back pointers (n·k), then candidates (n·k) and counts (n)
        if (!ViterbiDecoder.DecodePruned(emissions, n, t, Transitions, Start, End, IsBilou, k, path,
            backPointers.Slice(n * k, n * k), backPointers.Slice(2 * n * k, n), delta[..(n * k)], backPointers[..(n * k)]))
        {
            Viterbi(emissions, n, path, delta, backPointers);
        }
    }

    /// <summary>
    /// Forward-backward over the temperature-scaled scores: writes the marginal probability of each tag at each
    /// position into <paramref name="marginals"/> (n × tags). Works in probability space with per-position scaling
    /// (no logarithms in the inner loops); <paramref name="alpha"/> and <paramref name="beta"/> are scratch.
    /// </summary>
    public void Marginals(ReadOnlySpan<float> emissions, int n, Span<float> marginals, Span<float> alpha, Span<float> beta)
    {
        int t = Tags.Count;
        if (n == 0) return;
        var (expTrans, expStart, expEnd) = ExpTables();
        var predecessors = IsBilou ? BilouScheme.PredecessorTable(t) : null;
        var successors = IsBilou ? BilouScheme.SuccessorTable(t) : null;
        float inv = 1f / Temperature;
        // exponentiated emissions, shifted by each position's maximum for stability
        for (int i = 0; i < n; i++)
        {
            var em = emissions.Slice(i * t, t);
            var m = marginals.Slice(i * t, t);
            float max = float.NegativeInfinity;
            for (int y = 0; y < t; y++) max = Math.Max(max, em[y]);
            for (int y = 0; y < t; y++) m[y] = MathF.Exp((em[y] - max) * inv);
        }
        // forward
        float sum = 0;
        for (int y = 0; y < t; y++) { alpha[y] = expStart[y] * marginals[y]; sum += alpha[y]; }
        Normalize(alpha[..t], sum);
        for (int i = 1; i < n; i++)
        {
            var prev = alpha.Slice((i - 1) * t, t);
            var cur = alpha.Slice(i * t, t);
            if (predecessors is not null)
            {
                // BILOU: only the allowed transitions (about a third of the t² pairs)
                for (int y = 0; y < t; y++)
                {
                    float v = 0;
                    foreach (int x in predecessors[y]) v += prev[x] * expTrans[x * t + y];
                    cur[y] = v;
                }
            }
            else
            {
                cur.Clear();
                for (int x = 0; x < t; x++)
                {
                    float ax = prev[x];
                    if (ax == 0) continue;
                    var row = expTrans.AsSpan(x * t, t);
                    for (int y = 0; y < t; y++) cur[y] += ax * row[y];
                }
            }
            sum = 0;
            for (int y = 0; y < t; y++) { cur[y] *= marginals[i * t + y]; sum += cur[y]; }
            Normalize(cur, sum);
        }
        // backward
        Span<float> weighted = t <= 256 ? stackalloc float[t] : new float[t];
        var last = beta.Slice((n - 1) * t, t);
        for (int y = 0; y < t; y++) last[y] = expEnd[y];
        for (int i = n - 2; i >= 0; i--)
        {
            var next = beta.Slice((i + 1) * t, t);
            var cur = beta.Slice(i * t, t);
            var emNext = marginals.Slice((i + 1) * t, t);
            sum = 0;
            for (int y = 0; y < t; y++) weighted[y] = emNext[y] * next[y];
            for (int x = 0; x < t; x++)
            {
                float v = 0;
                if (successors is not null)
                {
                    foreach (int y in successors[x]) v += expTrans[x * t + y] * weighted[y];
                }
                else
                {
                    var row = expTrans.AsSpan(x * t, t);
                    for (int y = 0; y < t; y++) v += row[y] * weighted[y];
                }
                cur[x] = v;
                sum += v;
            }
            Normalize(cur, sum);
        }
        for (int i = 0; i < n; i++)
        {
            var m = marginals.Slice(i * t, t);
            sum = 0;
            for (int y = 0; y < t; y++) { m[y] = alpha[i * t + y] * beta[i * t + y]; sum += m[y]; }
            Normalize(m, sum);
        }
    }

    /// <summary>Tags per position in the padded buffers of <see cref="PathMarginals"/>: the tag count rounded up to whole vectors.</summary>
    internal static int PaddedStride(int tags) => (tags + Vector256<float>.Count - 1) & ~(Vector256<float>.Count - 1);

    /// <summary>
    /// The forward-backward marginal of the tag <paramref name="path"/> gives each position <paramref name="first"/> to
    /// <paramref name="last"/>, written to <paramref name="result"/>[i]: the same quantity as <see cref="Marginals"/> reads
    /// at the path's tags, without the full n × tags matrix. The forward pass stops at <paramref name="last"/> and the
    /// backward pass at <paramref name="first"/> (no other position's marginal needs the rest), both vectorized over
    /// the tags; with BILOU tags the dense work is only the rows of the tags that may close an entity (O, L-, U-),
    /// and B-/I- tags, which have two successors each, are done one by one. <paramref name="expEmissions"/>,
    /// <paramref name="alpha"/> and <paramref name="beta"/> are scratch of n × <see cref="PaddedStride"/> entries.
    /// Sums are taken in vector order, so values may differ from <see cref="Marginals"/> in the last bits.
    /// </summary>
    internal void PathMarginals(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<int> path, int first, int last, Span<float> result,
        Span<float> expEmissions, Span<float> alpha, Span<float> beta)
    {
        int t = Tags.Count;
        int p = PaddedStride(t);
        if (n <= 0) return;
        if ((uint)first > (uint)last || last >= n || emissions.Length < n * t || path.Length < n || result.Length < n
            || expEmissions.Length < n * p || alpha.Length < n * p || beta.Length < n * p)
        {
            throw new ArgumentException("Position range or buffer sizes do not fit the sentence.");
        }
        var x = Padded();
        ExpEmissions(emissions, n, t, p, 1f / Temperature, expEmissions);
        ref float e = ref MemoryMarshal.GetReference(expEmissions);
        ref float a = ref MemoryMarshal.GetReference(alpha);
        ref float b = ref MemoryMarshal.GetReference(beta);
        ref float rows = ref MemoryMarshal.GetArrayDataReference(x.Rows);
        ref float cols = ref MemoryMarshal.GetArrayDataReference(x.Cols);
        int types = IsBilou ? (t - 1) / 4 : 0;
        var trans = x.Trans;

        // forward: alpha[0] = start · e[0]; alpha[i] = (alpha[i-1] × T) · e[i], each normalized
        Scale(ref a, ref MemoryMarshal.GetArrayDataReference(x.Start), ref e, p);
        for (int i = 1; i <= last; i++)
        {
            ref float prev = ref Unsafe.Add(ref a, (i - 1) * p);
            ref float cur = ref Unsafe.Add(ref a, i * p);
            for (int c = 0; c < p; c += Vector256<float>.Count)
            {
                var acc = Vector256<float>.Zero;
                foreach (int from in x.Dense)
                {
                    acc += Vector256.Create(Unsafe.Add(ref prev, from)) * Vector256.LoadUnsafe(ref rows, (nuint)(from * p + c));
                }
                acc.StoreUnsafe(ref cur, (nuint)c);
            }
            for (int k = 0; k < types; k++)
            {
                // I-X and L-X follow only B-X and I-X
                int bTag = 1 + 4 * k, iTag = bTag + 1, lTag = bTag + 2;
                float ab = Unsafe.Add(ref prev, bTag), ai = Unsafe.Add(ref prev, iTag);
                Unsafe.Add(ref cur, iTag) = ab * trans[bTag * t + iTag] + ai * trans[iTag * t + iTag];
                Unsafe.Add(ref cur, lTag) = ab * trans[bTag * t + lTag] + ai * trans[iTag * t + lTag];
            }
            Scale(ref cur, ref cur, ref Unsafe.Add(ref e, i * p), p);
        }

        // backward: beta[n-1] = end; beta[i] = T × (e[i+1] · beta[i+1]), each normalized
        Span<float> weightedBuffer = stackalloc float[p];
        ref float w = ref MemoryMarshal.GetReference(weightedBuffer);
        MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(x.End), p).CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref b, (n - 1) * p), p));
        for (int i = n - 2; i >= first; i--)
        {
            ref float next = ref Unsafe.Add(ref b, (i + 1) * p);
            ref float cur = ref Unsafe.Add(ref b, i * p);
            ref float emNext = ref Unsafe.Add(ref e, (i + 1) * p);
            for (int c = 0; c < p; c += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref emNext, (nuint)c) * Vector256.LoadUnsafe(ref next, (nuint)c)).StoreUnsafe(ref w, (nuint)c);
            }
            for (int c = 0; c < p; c += Vector256<float>.Count)
            {
                var acc = Vector256<float>.Zero;
                foreach (int to in x.DenseTargets)
                {
                    acc += Vector256.LoadUnsafe(ref cols, (nuint)(to * p + c)) * Vector256.Create(Unsafe.Add(ref w, to));
                }
                acc.StoreUnsafe(ref cur, (nuint)c);
            }
            for (int k = 0; k < types; k++)
            {
                // B-X and I-X precede only I-X and L-X
                int bTag = 1 + 4 * k, iTag = bTag + 1, lTag = bTag + 2;
                float wi = Unsafe.Add(ref w, iTag), wl = Unsafe.Add(ref w, lTag);
                Unsafe.Add(ref cur, bTag) = trans[bTag * t + iTag] * wi + trans[bTag * t + lTag] * wl;
                Unsafe.Add(ref cur, iTag) = trans[iTag * t + iTag] * wi + trans[iTag * t + lTag] * wl;
            }
            Normalize(ref cur, p);
        }

        for (int i = first; i <= last; i++)
        {
            ref float ai = ref Unsafe.Add(ref a, i * p);
            ref float bi = ref Unsafe.Add(ref b, i * p);
            var sum = Vector256<float>.Zero;
            for (int c = 0; c < p; c += Vector256<float>.Count)
            {
                sum += Vector256.LoadUnsafe(ref ai, (nuint)c) * Vector256.LoadUnsafe(ref bi, (nuint)c);
            }
            float total = Vector256.Sum(sum);
            int tag = path[i];
            float m = Unsafe.Add(ref ai, tag) * Unsafe.Add(ref bi, tag);
            result[i] = total <= 0 || float.IsNaN(total) ? m : m * (1f / total);
        }
    }

    /// <summary>exp((emission − the position's maximum) / temperature) of every position, padded with zeros to <paramref name="p"/> tags.</summary>
    private static void ExpEmissions(ReadOnlySpan<float> emissions, int n, int t, int p, float inv, Span<float> output)
    {
        const int w = 8;
        Span<float> row = stackalloc float[p];
        ref float r = ref MemoryMarshal.GetReference(row);
        for (int i = 0; i < n; i++)
        {
            emissions.Slice(i * t, t).CopyTo(row);
            row[t..].Fill(float.NegativeInfinity);
            var max = Vector256.LoadUnsafe(ref r);
            for (int c = w; c < p; c += w) max = Vector256.Max(max, Vector256.LoadUnsafe(ref r, (nuint)c));
            var half = Vector128.Max(max.GetLower(), max.GetUpper());
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
            var top = Vector256.Create(half.ToScalar());
            var scale = Vector256.Create(inv);
            ref float o = ref MemoryMarshal.GetReference(output.Slice(i * p, p));
            for (int c = 0; c < p; c += w)
            {
                var v = (Vector256.LoadUnsafe(ref r, (nuint)c) - top) * scale;
#if NET9_0_OR_GREATER
                Vector256.Exp(v).StoreUnsafe(ref o, (nuint)c);
#else
                v.StoreUnsafe(ref o, (nuint)c);
                for (int y = c; y < c + w; y++) Unsafe.Add(ref o, y) = MathF.Exp(Unsafe.Add(ref o, y));
#endif
            }
            for (int y = t; y < p; y++) Unsafe.Add(ref o, y) = 0;
        }
    }

    /// <summary>target = source · factor, then normalized to sum 1 (all p entries, a multiple of the vector width).</summary>
    private static void Scale(ref float target, ref float source, ref float factor, int p)
    {
        var sum = Vector256<float>.Zero;
        for (int c = 0; c < p; c += Vector256<float>.Count)
        {
            var v = Vector256.LoadUnsafe(ref source, (nuint)c) * Vector256.LoadUnsafe(ref factor, (nuint)c);
            v.StoreUnsafe(ref target, (nuint)c);
            sum += v;
        }
        Normalize(ref target, p, Vector256.Sum(sum));
    }

    private static void Normalize(ref float v, int p)
    {
        var sum = Vector256<float>.Zero;
        for (int c = 0; c < p; c += Vector256<float>.Count) sum += Vector256.LoadUnsafe(ref v, (nuint)c);
        Normalize(ref v, p, Vector256.Sum(sum));
    }

    private static void Normalize(ref float v, int p, float sum)
    {
        if (sum <= 0 || float.IsNaN(sum)) return;
        var inv = Vector256.Create(1f / sum);
        for (int c = 0; c < p; c += Vector256<float>.Count) (Vector256.LoadUnsafe(ref v, (nuint)c) * inv).StoreUnsafe(ref v, (nuint)c);
    }

    /// <summary>
    /// The exponentiated tables of <see cref="ExpTables"/> padded to <see cref="PaddedStride"/>: transition rows (from),
    /// transition columns (to), start and end; and which rows and columns the vectorized passes use densely (with BILOU
    /// tags, O, L- and U- rows and O, B- and U- columns; the rest hold two transitions each).
    /// </summary>
    private sealed record PaddedTables(float Temperature, float[] Trans, float[] Rows, float[] Cols, float[] Start, float[] End, int[] Dense, int[] DenseTargets);

    private PaddedTables? _padded;

    private PaddedTables Padded()
    {
        var cached = _padded;
        if (cached is not null && cached.Temperature == Temperature) return cached;
        var (trans, start, end) = ExpTables();
        int t = Tags.Count, p = PaddedStride(t);
        var rows = new float[t * p];
        var cols = new float[t * p];
        for (int from = 0; from < t; from++)
        {
            for (int to = 0; to < t; to++)
            {
                rows[from * p + to] = trans[from * t + to];
                cols[to * p + from] = trans[from * t + to];
            }
        }
        var paddedStart = new float[p];
        var paddedEnd = new float[p];
        start.CopyTo(paddedStart, 0);
        end.CopyTo(paddedEnd, 0);
        var dense = new List<int>();
        var denseTargets = new List<int>();
        for (int y = 0; y < t; y++)
        {
            char prefix = BilouScheme.Prefix(y);
            if (!IsBilou || prefix is 'O' or 'L' or 'U') dense.Add(y);
            if (!IsBilou || prefix is 'O' or 'B' or 'U') denseTargets.Add(y);
        }
        cached = new PaddedTables(Temperature, trans, rows, cols, paddedStart, paddedEnd, dense.ToArray(), denseTargets.ToArray());
        _padded = cached;
        return cached;
    }

    private static void Normalize(Span<float> v, float sum)
    {
        if (sum <= 0 || float.IsNaN(sum)) return;
        float inv = 1f / sum;
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }

    private sealed record ExpCache(float Temperature, float[] Trans, float[] Start, float[] End);

    private ExpCache? _exp;

    /// <summary>exp(score / temperature) of transitions (0 where BILOU forbids them), start and end; cached per temperature.</summary>
    private (float[] Trans, float[] Start, float[] End) ExpTables()
    {
        var cached = _exp;
        if (cached is not null && cached.Temperature == Temperature) return (cached.Trans, cached.Start, cached.End);
        int t = Tags.Count;
        float inv = 1f / Temperature;
        float maxT = float.NegativeInfinity;
        foreach (var v in Transitions) maxT = Math.Max(maxT, v);
        var trans = new float[t * t];
        var start = new float[t];
        var end = new float[t];
        for (int x = 0; x < t; x++)
        {
            for (int y = 0; y < t; y++)
            {
                trans[x * t + y] = IsBilou && !BilouScheme.Allowed(x, y) ? 0f : MathF.Exp((Transitions[x * t + y] - maxT) * inv);
            }
        }
        float maxS = Start.Max(), maxE = End.Max();
        for (int y = 0; y < t; y++)
        {
            start[y] = IsBilou && !BilouScheme.AllowedStart(y) ? 0f : MathF.Exp((Start[y] - maxS) * inv);
            end[y] = IsBilou && !BilouScheme.AllowedEnd(y) ? 0f : MathF.Exp((End[y] - maxE) * inv);
        }
        _exp = new ExpCache(Temperature, trans, start, end);
        return (trans, start, end);
    }
}
