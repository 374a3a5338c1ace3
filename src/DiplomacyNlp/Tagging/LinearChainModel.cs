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
    private readonly float[] _dense;
    private readonly int _denseStride;

    internal LinearChainModel(FeatureKind kind, TagSet tags, int bits, int[] rowOfBucket, int[] rowStart, byte[] entryTag, float[] entryWeight,
        float[] transitions, float[] start, float[] end, float temperature)
    {
        Kind = kind;
        Tags = tags;
        Bits = bits;
        _rowOfBucket = rowOfBucket;
        _rowStart = rowStart;
        (_packedRow, _entries, _dense, _denseStride) = Pack(rowOfBucket, rowStart, entryTag, entryWeight, tags.Count);
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        Transitions = transitions;
        Start = start;
        End = end;
        Temperature = temperature;
        IsBilou = BilouScheme.IsBilou(tags);
        Mask = (1 << bits) - 1;
    }

    /// <summary>Rows with at least this many weights are also stored dense (one float per tag), and added as whole vectors.</summary>
    internal const int DenseMinimum = 8;

    /// <summary>The widest dense row (tags rounded up to whole vectors); models with more tags keep every row sparse.</summary>
    private const int MaxDenseStride = 256;

    /// <summary>
    /// One array access per feature: each bucket's row as its first entry and length packed into one int (at least 0),
    /// and the entries as (weight, tag) pairs; -1 is no row. Long rows (the features almost every token has: bias, case,
    /// part of speech, frequent words) are stored dense as well, padded to whole vectors with zeros, and their buckets
    /// hold -2 - the dense row's index. Adding a dense row adds 0 for the tags the row lacks, which leaves every score as
    /// it is, and each tag still receives the rows' weights in slot order, so the sums are bitwise those of the sparse
    /// rows. Runs once per model load over a million buckets, so it is compiled optimized at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Packed, WeightEntry[] Entries, float[] Dense, int DenseStride) Pack(int[] rowOfBucket, int[] rowStart,
        byte[] entryTag, float[] entryWeight, int tags)
    {
        // 32 or 64 floats (four or eight vectors, added in registers), else whole vectors through memory
        int stride = tags <= 32 ? 32 : tags <= 64 ? 64 : PaddedStride(tags);
        if (stride > MaxDenseStride) stride = 0;
        int rows = rowStart.Length - 1;
        var denseOfRow = new int[rows];
        int denseCount = 0;
        Span<bool> seen = stackalloc bool[256];
        for (int r = 0; r < rows; r++)
        {
            denseOfRow[r] = -1;
            if (stride == 0 || rowStart[r + 1] - rowStart[r] < DenseMinimum) continue;
            // a row with a tag twice would add in another order dense; such rows (none are written) stay sparse
            seen.Clear();
            bool distinct = true;
            for (int e = rowStart[r]; e < rowStart[r + 1] && distinct; e++)
            {
                distinct = entryTag[e] < tags && !seen[entryTag[e]];
                seen[entryTag[e]] = true;
            }
            if (distinct) denseOfRow[r] = denseCount++;
        }
        var dense = new float[denseCount * stride];
        var packed = new int[rowOfBucket.Length];
        for (int b = 0; b < rowOfBucket.Length; b++)
        {
            int r = rowOfBucket[b];
            packed[b] = r < 0 ? -1 : denseOfRow[r] >= 0 ? -2 - denseOfRow[r] : (rowStart[r] << 8) | (rowStart[r + 1] - rowStart[r]);
        }
        for (int r = 0; r < rows; r++)
        {
            int d = denseOfRow[r];
            if (d < 0) continue;
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) dense[d * stride + entryTag[e]] = entryWeight[e];
        }
        var entries = new WeightEntry[entryTag.Length];
        for (int e = 0; e < entryTag.Length; e++) entries[e] = new WeightEntry(entryWeight[e], entryTag[e]);
        return (packed, entries, dense, stride);
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

    /// <summary>Number of rows also stored dense (see <see cref="DenseMinimum"/>).</summary>
    internal int DenseRowCount => _denseStride == 0 ? 0 : _dense.Length / _denseStride;

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
    /// larger than the caches), then add the rows' weights: sparse rows entry by entry, dense rows as whole vectors,
    /// both into one padded copy of the scores, so each tag receives its weights in slot order either way.
    /// </summary>
    [SkipLocalsInit]
    internal void AddRows(ReadOnlySpan<uint> slots, Span<float> scores)
    {
        var packed = _packedRow;
        uint mask = (uint)Mask;
        Span<int> rows = stackalloc int[FeatureExtractor.Stride];
        rows = rows[..slots.Length];
        for (int k = 0; k < slots.Length; k++)
        {
            uint h = slots[k];
            rows[k] = h == 0 ? -1 : packed[(int)(h & mask)];
        }
        int t = scores.Length;
        int stride = _denseStride;
        // room for any tag a sparse entry names (bytes), and for whole vectors over the tags
        Span<float> acc = stackalloc float[MaxDenseStride];
        scores.CopyTo(acc);
        if (stride > t) acc[t..stride].Clear();
        if (stride == 32) Sum4(rows, ref MemoryMarshal.GetReference(acc));
        else if (stride == 64) Sum8(rows, ref MemoryMarshal.GetReference(acc));
        else SumAny(rows, ref MemoryMarshal.GetReference(acc), stride);
        acc[..t].CopyTo(scores);
    }

    /// <summary>Adds one sparse row's entries to the scores in <paramref name="a"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Scatter(int p, ref float a)
    {
        var entries = _entries;
        int start = p >> 8, end = start + (p & 0xFF);
        for (int e = start; e < end; e++)
        {
            var entry = entries[e];
            Unsafe.Add(ref a, entry.Tag) += entry.Weight;
        }
    }

    /// <summary>
    /// The rows' sums with dense rows of four vectors: the scores stay in registers while dense rows follow each other,
    /// and go through memory only around sparse rows.
    /// </summary>
    private void Sum4(ReadOnlySpan<int> rows, ref float a)
    {
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        var v0 = Vector256.LoadUnsafe(ref a, 0);
        var v1 = Vector256.LoadUnsafe(ref a, 8);
        var v2 = Vector256.LoadUnsafe(ref a, 16);
        var v3 = Vector256.LoadUnsafe(ref a, 24);
        bool inMemory = false;
        for (int k = 0; k < rows.Length; k++)
        {
            int p = rows[k];
            if (p < -1)
            {
                if (inMemory)
                {
                    v0 = Vector256.LoadUnsafe(ref a, 0);
                    v1 = Vector256.LoadUnsafe(ref a, 8);
                    v2 = Vector256.LoadUnsafe(ref a, 16);
                    v3 = Vector256.LoadUnsafe(ref a, 24);
                    inMemory = false;
                }
                ref float row = ref Unsafe.Add(ref dense, (nint)(uint)(-2 - p) * 32);
                v0 += Vector256.LoadUnsafe(ref row, 0);
                v1 += Vector256.LoadUnsafe(ref row, 8);
                v2 += Vector256.LoadUnsafe(ref row, 16);
                v3 += Vector256.LoadUnsafe(ref row, 24);
            }
            else if (p >= 0)
            {
                if (!inMemory)
                {
                    v0.StoreUnsafe(ref a, 0);
                    v1.StoreUnsafe(ref a, 8);
                    v2.StoreUnsafe(ref a, 16);
                    v3.StoreUnsafe(ref a, 24);
                    inMemory = true;
                }
                Scatter(p, ref a);
            }
        }
        if (!inMemory)
        {
            v0.StoreUnsafe(ref a, 0);
            v1.StoreUnsafe(ref a, 8);
            v2.StoreUnsafe(ref a, 16);
            v3.StoreUnsafe(ref a, 24);
        }
    }

    /// <summary><see cref="Sum4"/> for dense rows of eight vectors.</summary>
    private void Sum8(ReadOnlySpan<int> rows, ref float a)
    {
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        var v0 = Vector256.LoadUnsafe(ref a, 0);
        var v1 = Vector256.LoadUnsafe(ref a, 8);
        var v2 = Vector256.LoadUnsafe(ref a, 16);
        var v3 = Vector256.LoadUnsafe(ref a, 24);
        var v4 = Vector256.LoadUnsafe(ref a, 32);
        var v5 = Vector256.LoadUnsafe(ref a, 40);
        var v6 = Vector256.LoadUnsafe(ref a, 48);
        var v7 = Vector256.LoadUnsafe(ref a, 56);
        bool inMemory = false;
        for (int k = 0; k < rows.Length; k++)
        {
            int p = rows[k];
            if (p < -1)
            {
                if (inMemory)
                {
                    v0 = Vector256.LoadUnsafe(ref a, 0);
                    v1 = Vector256.LoadUnsafe(ref a, 8);
                    v2 = Vector256.LoadUnsafe(ref a, 16);
                    v3 = Vector256.LoadUnsafe(ref a, 24);
                    v4 = Vector256.LoadUnsafe(ref a, 32);
                    v5 = Vector256.LoadUnsafe(ref a, 40);
                    v6 = Vector256.LoadUnsafe(ref a, 48);
                    v7 = Vector256.LoadUnsafe(ref a, 56);
                    inMemory = false;
                }
                ref float row = ref Unsafe.Add(ref dense, (nint)(uint)(-2 - p) * 64);
                v0 += Vector256.LoadUnsafe(ref row, 0);
                v1 += Vector256.LoadUnsafe(ref row, 8);
                v2 += Vector256.LoadUnsafe(ref row, 16);
                v3 += Vector256.LoadUnsafe(ref row, 24);
                v4 += Vector256.LoadUnsafe(ref row, 32);
                v5 += Vector256.LoadUnsafe(ref row, 40);
                v6 += Vector256.LoadUnsafe(ref row, 48);
                v7 += Vector256.LoadUnsafe(ref row, 56);
            }
            else if (p >= 0)
            {
                if (!inMemory)
                {
                    v0.StoreUnsafe(ref a, 0);
                    v1.StoreUnsafe(ref a, 8);
                    v2.StoreUnsafe(ref a, 16);
                    v3.StoreUnsafe(ref a, 24);
                    v4.StoreUnsafe(ref a, 32);
                    v5.StoreUnsafe(ref a, 40);
                    v6.StoreUnsafe(ref a, 48);
                    v7.StoreUnsafe(ref a, 56);
                    inMemory = true;
                }
                Scatter(p, ref a);
            }
        }
        if (!inMemory)
        {
            v0.StoreUnsafe(ref a, 0);
            v1.StoreUnsafe(ref a, 8);
            v2.StoreUnsafe(ref a, 16);
            v3.StoreUnsafe(ref a, 24);
            v4.StoreUnsafe(ref a, 32);
            v5.StoreUnsafe(ref a, 40);
            v6.StoreUnsafe(ref a, 48);
            v7.StoreUnsafe(ref a, 56);
        }
    }

    /// <summary>The rows' sums through memory, for any dense stride (or none).</summary>
    private void SumAny(ReadOnlySpan<int> rows, ref float a, int stride)
    {
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        for (int k = 0; k < rows.Length; k++)
        {
            int p = rows[k];
            if (p >= 0)
            {
                Scatter(p, ref a);
            }
            else if (p != -1)
            {
                ref float row = ref Unsafe.Add(ref dense, (nint)(uint)(-2 - p) * stride);
                for (int y = 0; y < stride; y += W)
                {
                    var sum = Vector256.LoadUnsafe(ref a, (nuint)y) + Vector256.LoadUnsafe(ref row, (nuint)y);
                    sum.StoreUnsafe(ref a, (nuint)y);
                }
            }
        }
    }

    private readonly record struct WeightEntry(float Weight, byte Tag);

    /// <summary>Viterbi decoding over emission scores; writes the best tag sequence into <paramref name="path"/>.</summary>
    /// <remarks>
    /// BILOU models decode vectorized (the same path) when <paramref name="delta"/> and <paramref name="backPointers"/> hold
    /// n × tags rounded up to whole vectors, plus one vector for delta; otherwise n × tags entries each suffice.
    /// </remarks>
    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> path, Span<float> delta, Span<int> backPointers)
    {
        int t = Tags.Count;
        if (IsBilou && delta.Length >= PathScratchLength(n, t) && backPointers.Length >= n * PaddedStride(t))
        {
            var tables = _bilouTables ??= ViterbiDecoder.BilouTables.Create(Transitions, t);
            ViterbiDecoder.DecodeBilou(emissions, n, t, tables, Start, End, path, delta, backPointers);
        }
        else
        {
            ViterbiDecoder.Decode(emissions, n, t, Transitions, Start, End, IsBilou, path, delta, backPointers);
        }
    }

    private ViterbiDecoder.BilouTables? _bilouTables;

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

    private const int W = 8; // Vector256<float>.Count

    /// <summary>Tags per position in the padded buffers of <see cref="PathMarginals"/>: the tag count rounded up to whole vectors.</summary>
    internal static int PaddedStride(int tags) => (tags + W - 1) & ~(W - 1);

    /// <summary>Entries <see cref="PathMarginals"/> needs in each of its scratch buffers for <paramref name="n"/> positions.</summary>
    internal static int PathScratchLength(int n, int tags) => n * PaddedStride(tags) + W;

    /// <summary>
    /// The forward-backward marginal of the tag <paramref name="path"/> gives each position <paramref name="first"/> to
    /// <paramref name="last"/> (positions tagged O are skipped), written to <paramref name="result"/>[i]: the quantity
    /// <see cref="Marginals"/> gives at the path's tags, without the n × tags matrix. The forward pass stops at
    /// <paramref name="last"/> and the backward pass at <paramref name="first"/> (no other position's marginal needs the
    /// rest); the two run interleaved (independent chains the CPU overlaps), vectorized over the tags, each step
    /// normalized to sum 1. With BILOU tags only the rows of O, L- and U- (the tags that may precede O, B- and U-) are dense; the two
    /// transitions of each B- and I- tag are read through shifted vectors. Sums run in vector order and the
    /// exponential is a polynomial (about one unit in the last place), so values may differ from <see cref="Marginals"/>
    /// in the last bits. <paramref name="expEmissions"/>, <paramref name="alpha"/> and <paramref name="beta"/> are
    /// scratch of <see cref="PathScratchLength"/> entries.
    /// </summary>
    internal void PathMarginals(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<int> path, int first, int last, Span<float> result,
        Span<float> expEmissions, Span<float> alpha, Span<float> beta)
    {
        int t = Tags.Count;
        int p = PaddedStride(t);
        if (n <= 0) return;
        int scratch = PathScratchLength(n, t);
        if ((uint)first > (uint)last || last >= n || emissions.Length < n * t || path.Length < n || result.Length < n
            || expEmissions.Length < scratch || alpha.Length < scratch || beta.Length < scratch)
        {
            throw new ArgumentException("Position range or buffer sizes do not fit the sentence.");
        }
        var x = Padded();
        ExpEmissions(emissions, n, t, p, 1f / Temperature, expEmissions);
        // alpha rows start one vector in, so that the shifted reads before row 0 see zeros
        alpha[..W].Clear();
        ref float e = ref MemoryMarshal.GetReference(expEmissions);
        ref float a = ref Unsafe.Add(ref MemoryMarshal.GetReference(alpha), W);
        ref float b = ref MemoryMarshal.GetReference(beta);
        MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(x.Start), p).CopyTo(MemoryMarshal.CreateSpan(ref a, p));
        Multiply(ref a, ref e, p, 1f);
        Scale(ref a, p, InverseSum(ref a, p));
        MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(x.End), p).CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref b, (n - 1) * p), p));
        int forward = last, backward = n - 1 - first;
        Span<float> weighted = stackalloc float[p + W];
        weighted.Clear();
        for (int step = 0; step < forward || step < backward; step++)
        {
            if (step < forward)
            {
                int i = step + 1;
                Forward(x, p, ref Unsafe.Add(ref a, (i - 1) * p), ref Unsafe.Add(ref a, i * p), ref Unsafe.Add(ref e, i * p));
            }
            if (step < backward)
            {
                int i = n - 2 - step;
                Backward(x, p, ref Unsafe.Add(ref b, (i + 1) * p), ref Unsafe.Add(ref b, i * p), ref Unsafe.Add(ref e, (i + 1) * p), ref MemoryMarshal.GetReference(weighted));
            }
        }
        for (int i = first; i <= last; i++)
        {
            int tag = path[i];
            if (tag == 0) continue;
            ref float ai = ref Unsafe.Add(ref a, i * p);
            ref float bi = ref Unsafe.Add(ref b, i * p);
            var sum = Vector256<float>.Zero;
            for (int c = 0; c < p; c += W) sum += Vector256.LoadUnsafe(ref ai, (nuint)c) * Vector256.LoadUnsafe(ref bi, (nuint)c);
            float total = Vector256.Sum(sum);
            float m = Unsafe.Add(ref ai, tag) * Unsafe.Add(ref bi, tag);
            result[i] = total <= 0 || float.IsNaN(total) ? m : m / total;
        }
    }

    /// <summary>cur = (prev × T) · e, normalized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Forward(PaddedTables x, int p, ref float prev, ref float cur, ref float e)
    {
        ref float rows = ref MemoryMarshal.GetArrayDataReference(x.Rows);
        ref float shifted = ref MemoryMarshal.GetArrayDataReference(x.ForwardShifted);
        var dense = x.Dense;
        for (int c = 0; c < p; c += W)
        {
            // the I-/L- lanes: prev at the lane itself and one and two lanes before (B-X, I-X), times their transitions
            var acc = Vector256.LoadUnsafe(ref prev, (nuint)c) * Vector256.LoadUnsafe(ref shifted, (nuint)c)
                + Vector256.LoadUnsafe(ref Unsafe.Subtract(ref prev, 1), (nuint)c) * Vector256.LoadUnsafe(ref shifted, (nuint)(p + c))
                + Vector256.LoadUnsafe(ref Unsafe.Subtract(ref prev, 2), (nuint)c) * Vector256.LoadUnsafe(ref shifted, (nuint)(2 * p + c));
            var acc2 = Vector256<float>.Zero;
            int k = 0;
            for (; k + 1 < dense.Length; k += 2)
            {
                int f0 = dense[k], f1 = dense[k + 1];
                acc += Vector256.Create(Unsafe.Add(ref prev, f0)) * Vector256.LoadUnsafe(ref rows, (nuint)(f0 * p + c));
                acc2 += Vector256.Create(Unsafe.Add(ref prev, f1)) * Vector256.LoadUnsafe(ref rows, (nuint)(f1 * p + c));
            }
            if (k < dense.Length) acc += Vector256.Create(Unsafe.Add(ref prev, dense[k])) * Vector256.LoadUnsafe(ref rows, (nuint)(dense[k] * p + c));
            ((acc + acc2) * Vector256.LoadUnsafe(ref e, (nuint)c)).StoreUnsafe(ref cur, (nuint)c);
        }
        Scale(ref cur, p, InverseSum(ref cur, p));
    }

    /// <summary>cur = T × (e · next), normalized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Backward(PaddedTables x, int p, ref float next, ref float cur, ref float e, ref float w)
    {
        ref float cols = ref MemoryMarshal.GetArrayDataReference(x.Cols);
        ref float shifted = ref MemoryMarshal.GetArrayDataReference(x.BackwardShifted);
        var dense = x.DenseTargets;
        // w = e · next (p entries, then a vector of zeros for the shifted reads)
        for (int c = 0; c < p; c += W) (Vector256.LoadUnsafe(ref e, (nuint)c) * Vector256.LoadUnsafe(ref next, (nuint)c)).StoreUnsafe(ref w, (nuint)c);
        for (int c = 0; c < p; c += W)
        {
            // the B-/I- lanes: w at the lane itself and one and two lanes after (I-X, L-X), times their transitions
            var acc = Vector256.LoadUnsafe(ref w, (nuint)c) * Vector256.LoadUnsafe(ref shifted, (nuint)c)
                + Vector256.LoadUnsafe(ref w, (nuint)(c + 1)) * Vector256.LoadUnsafe(ref shifted, (nuint)(p + c))
                + Vector256.LoadUnsafe(ref w, (nuint)(c + 2)) * Vector256.LoadUnsafe(ref shifted, (nuint)(2 * p + c));
            var acc2 = Vector256<float>.Zero;
            int k = 0;
            for (; k + 1 < dense.Length; k += 2)
            {
                int y0 = dense[k], y1 = dense[k + 1];
                acc += Vector256.LoadUnsafe(ref cols, (nuint)(y0 * p + c)) * Vector256.Create(Unsafe.Add(ref w, y0));
                acc2 += Vector256.LoadUnsafe(ref cols, (nuint)(y1 * p + c)) * Vector256.Create(Unsafe.Add(ref w, y1));
            }
            if (k < dense.Length) acc += Vector256.LoadUnsafe(ref cols, (nuint)(dense[k] * p + c)) * Vector256.Create(Unsafe.Add(ref w, dense[k]));
            (acc + acc2).StoreUnsafe(ref cur, (nuint)c);
        }
        Scale(ref cur, p, InverseSum(ref cur, p));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float InverseSum(ref float v, int p)
    {
        var sum = Vector256.LoadUnsafe(ref v);
        for (int c = W; c < p; c += W) sum += Vector256.LoadUnsafe(ref v, (nuint)c);
        float total = Vector256.Sum(sum);
        return total > 0 && float.IsFinite(total) ? 1f / total : 1f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scale(ref float v, int p, float scale)
    {
        var s = Vector256.Create(scale);
        for (int c = 0; c < p; c += W) (Vector256.LoadUnsafe(ref v, (nuint)c) * s).StoreUnsafe(ref v, (nuint)c);
    }

    private static void Multiply(ref float v, ref float factor, int p, float scale)
    {
        var s = Vector256.Create(scale);
        for (int c = 0; c < p; c += W) (Vector256.LoadUnsafe(ref v, (nuint)c) * Vector256.LoadUnsafe(ref factor, (nuint)c) * s).StoreUnsafe(ref v, (nuint)c);
    }

    /// <summary>
    /// exp((emission − the position's maximum) / temperature) of every position, padded with zeros to <paramref name="p"/>
    /// tags. A row whose length is not a whole number of vectors ends with a vector that overlaps the one before.
    /// </summary>
    internal static void ExpEmissions(ReadOnlySpan<float> emissions, int n, int t, int p, float inv, Span<float> output)
    {
        if (t < W)
        {
            // too few tags for whole vectors: one by one
            for (int i = 0; i < n; i++)
            {
                var em = emissions.Slice(i * t, t);
                var o = output.Slice(i * p, p);
                float max = float.NegativeInfinity;
                for (int y = 0; y < t; y++) max = Math.Max(max, em[y]);
                for (int y = 0; y < t; y++) o[y] = MathF.Exp((em[y] - max) * inv);
                o[t..].Clear();
            }
            return;
        }
        var scale = Vector256.Create(inv);
        int whole = t & ~(W - 1);
        for (int i = 0; i < n; i++)
        {
            ref float r = ref MemoryMarshal.GetReference(emissions.Slice(i * t, t));
            ref float o = ref MemoryMarshal.GetReference(output.Slice(i * p, p));
            var max = Vector256.LoadUnsafe(ref r, (nuint)(t - W));
            for (int c = 0; c < whole; c += W) max = Vector256.Max(max, Vector256.LoadUnsafe(ref r, (nuint)c));
            var half = Vector128.Max(max.GetLower(), max.GetUpper());
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
            var top = Vector256.Create(half.ToScalar());
            for (int c = whole; c < p; c += W) Vector256<float>.Zero.StoreUnsafe(ref o, (nuint)c);
            for (int c = 0; c < whole; c += W) Exp((Vector256.LoadUnsafe(ref r, (nuint)c) - top) * scale).StoreUnsafe(ref o, (nuint)c);
            if (whole < t) Exp((Vector256.LoadUnsafe(ref r, (nuint)(t - W)) - top) * scale).StoreUnsafe(ref o, (nuint)(t - W));
        }
    }

    /// <summary>
    /// e^x for x ≤ 0 (Cephes expf: x = k·ln 2 + r, a degree-6 polynomial in r, times 2^k; within about one unit in the
    /// last place of <see cref="MathF.Exp"/>); 0 below −87.3 (no subnormals, which would slow every product they enter).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Exp(Vector256<float> x)
    {
        var tiny = Vector256.LessThan(x, Vector256.Create(-87.3f));
        x = Vector256.Max(x, Vector256.Create(-87.3f));
        var k = Vector256.Floor(x * Vector256.Create(1.44269504088896341f) + Vector256.Create(0.5f));
        var r = x - k * Vector256.Create(0.693359375f) - k * Vector256.Create(-2.12194440e-4f);
        var poly = Vector256.Create(1.9875691500e-4f);
        poly = poly * r + Vector256.Create(1.3981999507e-3f);
        poly = poly * r + Vector256.Create(8.3334519073e-3f);
        poly = poly * r + Vector256.Create(4.1665795894e-2f);
        poly = poly * r + Vector256.Create(1.6666665459e-1f);
        poly = poly * r + Vector256.Create(5.0000001201e-1f);
        poly = poly * (r * r) + r + Vector256<float>.One;
        var pow2 = Vector256.ShiftLeft(Vector256.ConvertToInt32(k) + Vector256.Create(127), 23).AsSingle();
        return Vector256.AndNot(poly * pow2, tiny);
    }

    /// <summary>
    /// The exponentiated tables of <see cref="ExpTables"/> padded to <see cref="PaddedStride"/>: transition rows (from),
    /// transition columns (to), start and end; and which rows and columns the vectorized passes use densely (with BILOU
    /// tags, O, L- and U- rows and O, B- and U- columns; the rest hold two transitions each).
    /// </summary>
    private sealed record PaddedTables(float Temperature, float[] Rows, float[] Cols, float[] Start, float[] End, int[] Dense, int[] DenseTargets,
        float[] ForwardShifted, float[] BackwardShifted);

    private PaddedTables? _padded;

    private PaddedTables Padded()
    {
        var cached = _padded;
        if (cached is not null && cached.Temperature == Temperature) return cached;
        var (trans, start, end) = ExpTables();
        int t = Tags.Count, p = PaddedStride(t);
        // dense rows and columns hold only the dense part (the BILOU pairs are in the shifted tables)
        var rows = new float[t * p];
        var cols = new float[t * p];
        for (int from = 0; from < t; from++)
        {
            for (int to = 0; to < t; to++)
            {
                bool pair = IsBilou && BilouScheme.Prefix(from) is 'B' or 'I';
                rows[from * p + to] = pair ? 0 : trans[from * t + to];
                cols[to * p + from] = pair ? 0 : trans[from * t + to];
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
        // BILOU: the transitions into I-X and L-X (from B-X = I-X − 1 = L-X − 2, and from I-X = L-X − 1) by how far back
        // the source lane is, and those out of B-X and I-X (to I-X = B-X + 1 = I-X, and to L-X = B-X + 2 = I-X + 1) by how far ahead
        var forwardShifted = new float[3 * p];
        var backwardShifted = new float[3 * p];
        for (int k = 0; IsBilou && k < (t - 1) / 4; k++)
        {
            int bTag = 1 + 4 * k, iTag = bTag + 1, lTag = bTag + 2;
            forwardShifted[iTag] = trans[iTag * t + iTag];
            forwardShifted[p + iTag] = trans[bTag * t + iTag];
            forwardShifted[p + lTag] = trans[iTag * t + lTag];
            forwardShifted[2 * p + lTag] = trans[bTag * t + lTag];
            backwardShifted[bTag + p] = trans[bTag * t + iTag];
            backwardShifted[2 * p + bTag] = trans[bTag * t + lTag];
            backwardShifted[iTag] = trans[iTag * t + iTag];
            backwardShifted[p + iTag] = trans[iTag * t + lTag];
        }
        cached = new PaddedTables(Temperature, rows, cols, paddedStart, paddedEnd, dense.ToArray(), denseTargets.ToArray(), forwardShifted, backwardShifted);
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
