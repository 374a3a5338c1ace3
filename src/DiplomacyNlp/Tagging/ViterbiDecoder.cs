using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiplomacyNlp.Tagging;

/// <summary>Viterbi decoding of a linear chain, optionally restricted to valid BILOU transitions.</summary>
internal static class ViterbiDecoder
{
    public static void Decode(ReadOnlySpan<float> emissions, int n, int t, float[] transitions, float[] start, float[] end, bool bilou,
        Span<int> path, Span<float> delta, Span<int> backPointers)
    {
        if (n == 0) return;
        var predecessors = bilou ? BilouScheme.PredecessorTable(t) : null;
        for (int y = 0; y < t; y++)
        {
            delta[y] = bilou && !BilouScheme.AllowedStart(y) ? float.NegativeInfinity : start[y] + emissions[y];
        }
        for (int i = 1; i < n; i++)
        {
            var prev = delta.Slice((i - 1) * t, t);
            var cur = delta.Slice(i * t, t);
            var bp = backPointers.Slice(i * t, t);
            var em = emissions.Slice(i * t, t);
            for (int y = 0; y < t; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (predecessors is not null)
                {
                    foreach (int x in predecessors[y])
                    {
                        float v = prev[x] + transitions[x * t + y];
                        if (v > best) { best = v; arg = x; }
                    }
                }
                else
                {
                    for (int x = 0; x < t; x++)
                    {
                        float v = prev[x] + transitions[x * t + y];
                        if (v > best) { best = v; arg = x; }
                    }
                }
                cur[y] = best + em[y];
                bp[y] = arg;
            }
        }
        var last = delta.Slice((n - 1) * t, t);
        float bestEnd = float.NegativeInfinity;
        int argEnd = 0;
        for (int y = 0; y < t; y++)
        {
            if (bilou && !BilouScheme.AllowedEnd(y)) continue;
            float v = last[y] + end[y];
            if (v > bestEnd) { bestEnd = v; argEnd = y; }
        }
        path[n - 1] = argEnd;
        for (int i = n - 1; i > 0; i--) path[i - 1] = backPointers[i * t + path[i]];
    }

    /// <summary>
    /// The transition tables of <see cref="DecodeBilou"/>, padded to <see cref="LinearChainModel.PaddedStride"/> lanes
    /// (−∞ where BILOU forbids a transition and in the padding): rows of the tags that may precede O, B- and U- (O, L-, U-),
    /// and the transitions into I-X and L-X by how many lanes back their source is (0: from I-X into I-X; 1: from B-X into
    /// I-X and from I-X into L-X; 2: from B-X into L-X).
    /// </summary>
    internal sealed record BilouTables(float[] Rows, int[] Dense, float[] Back0, float[] Back1, float[] Back2)
    {
        public static BilouTables Create(float[] transitions, int t)
        {
            int p = LinearChainModel.PaddedStride(t);
            var rows = new float[t * p];
            Array.Fill(rows, float.NegativeInfinity);
            var dense = new List<int>();
            for (int x = 0; x < t; x++)
            {
                if (BilouScheme.Prefix(x) is 'B' or 'I') continue;
                dense.Add(x);
                for (int y = 0; y < t; y++) if (BilouScheme.Allowed(x, y)) rows[x * p + y] = transitions[x * t + y];
            }
            var back = new float[3][];
            for (int d = 0; d < 3; d++)
            {
                back[d] = new float[p];
                Array.Fill(back[d], float.NegativeInfinity);
            }
            for (int k = 0; k < (t - 1) / 4; k++)
            {
                int bTag = 1 + 4 * k, iTag = bTag + 1, lTag = bTag + 2;
                back[0][iTag] = transitions[iTag * t + iTag];
                back[1][iTag] = transitions[bTag * t + iTag];
                back[1][lTag] = transitions[iTag * t + lTag];
                back[2][lTag] = transitions[bTag * t + lTag];
            }
            return new BilouTables(rows, dense.ToArray(), back[0], back[1], back[2]);
        }
    }

    /// <summary>
    /// <see cref="Decode"/> for BILOU tags, vectorized over the tags: the same path, ties included (candidates are tried
    /// in the same order with the same strict comparison, and additions are the same). <paramref name="delta"/> needs
    /// <see cref="LinearChainModel.PathScratchLength"/> entries and <paramref name="backPointers"/> n × padded tags.
    /// </summary>
    public static void DecodeBilou(ReadOnlySpan<float> emissions, int n, int t, BilouTables tables, float[] start, float[] end,
        Span<int> path, Span<float> delta, Span<int> backPointers)
    {
        if (n == 0) return;
        const int w = 8;
        int p = LinearChainModel.PaddedStride(t);
        if (delta.Length < LinearChainModel.PathScratchLength(n, t) || backPointers.Length < n * p || emissions.Length < n * t || path.Length < n)
        {
            throw new ArgumentException("Buffer sizes do not fit the sentence.");
        }
        // delta rows start one vector in (−∞ there) for the reads one and two lanes before row 0
        delta[..w].Fill(float.NegativeInfinity);
        ref float d = ref Unsafe.Add(ref MemoryMarshal.GetReference(delta), w);
        ref int bp = ref MemoryMarshal.GetReference(backPointers);
        ref float rows = ref MemoryMarshal.GetArrayDataReference(tables.Rows);
        ref float back0 = ref MemoryMarshal.GetArrayDataReference(tables.Back0);
        ref float back1 = ref MemoryMarshal.GetArrayDataReference(tables.Back1);
        ref float back2 = ref MemoryMarshal.GetArrayDataReference(tables.Back2);
        var dense = tables.Dense;
        for (int y = 0; y < p; y++)
        {
            Unsafe.Add(ref d, y) = y >= t || !BilouScheme.AllowedStart(y) ? float.NegativeInfinity : start[y] + emissions[y];
        }
        // emission rows are t apart: the last rows' vectors would read past the end, so they come from a padded copy
        Span<float> lastRows = stackalloc float[p];
        var lane = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        for (int i = 1; i < n; i++)
        {
            ref float prev = ref Unsafe.Add(ref d, (i - 1) * p);
            ref float cur = ref Unsafe.Add(ref d, i * p);
            ref int b = ref Unsafe.Add(ref bp, i * p);
            scoped ref float em = ref Unsafe.AsRef(in emissions[i * t]);
            if (i * t + p > emissions.Length)
            {
                lastRows.Clear();
                emissions.Slice(i * t, t).CopyTo(lastRows);
                em = ref MemoryMarshal.GetReference(lastRows);
            }
            for (int c = 0; c < p; c += w)
            {
                var best = Vector256.Create(float.NegativeInfinity);
                var arg = Vector256<int>.Zero;
                foreach (int x in dense)
                {
                    var v = Vector256.Create(Unsafe.Add(ref prev, x)) + Vector256.LoadUnsafe(ref rows, (nuint)(x * p + c));
                    var better = Vector256.GreaterThan(v, best);
                    best = Vector256.ConditionalSelect(better, v, best);
                    arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(x), arg);
                }
                // I-X from B-X (one lane back) then I-X (same lane); L-X from B-X (two back) then I-X (one back)
                var position = lane + Vector256.Create(c);
                var v2 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref prev, 2), (nuint)c) + Vector256.LoadUnsafe(ref back2, (nuint)c);
                var better2 = Vector256.GreaterThan(v2, best);
                best = Vector256.ConditionalSelect(better2, v2, best);
                arg = Vector256.ConditionalSelect(better2.AsInt32(), position - Vector256.Create(2), arg);
                var v1 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref prev, 1), (nuint)c) + Vector256.LoadUnsafe(ref back1, (nuint)c);
                var better1 = Vector256.GreaterThan(v1, best);
                best = Vector256.ConditionalSelect(better1, v1, best);
                arg = Vector256.ConditionalSelect(better1.AsInt32(), position - Vector256<int>.One, arg);
                var v0 = Vector256.LoadUnsafe(ref prev, (nuint)c) + Vector256.LoadUnsafe(ref back0, (nuint)c);
                var better0 = Vector256.GreaterThan(v0, best);
                best = Vector256.ConditionalSelect(better0, v0, best);
                arg = Vector256.ConditionalSelect(better0.AsInt32(), position, arg);
                (best + Vector256.LoadUnsafe(ref em, (nuint)c)).StoreUnsafe(ref cur, (nuint)c);
                arg.StoreUnsafe(ref b, (nuint)c);
            }
        }
        ref float last = ref Unsafe.Add(ref d, (n - 1) * p);
        float bestEnd = float.NegativeInfinity;
        int argEnd = 0;
        for (int y = 0; y < t; y++)
        {
            if (!BilouScheme.AllowedEnd(y)) continue;
            float v = Unsafe.Add(ref last, y) + end[y];
            if (v > bestEnd) { bestEnd = v; argEnd = y; }
        }
        path[n - 1] = argEnd;
        for (int i = n - 1; i > 0; i--) path[i - 1] = Unsafe.Add(ref bp, i * p + path[i]);
    }

    /// <summary>
    /// Viterbi over a pruned lattice: at each position only the <paramref name="k"/> tags with the best emission scores
    /// are considered (n·k² instead of n·t² work). Returns false when the pruned lattice holds no valid path; the
    /// caller then decodes the full lattice.
    /// </summary>
    public static bool DecodePruned(ReadOnlySpan<float> emissions, int n, int t, float[] transitions, float[] start, float[] end, bool bilou, int k,
        Span<int> path, Span<int> candidates, Span<int> counts, Span<float> score, Span<int> backPointers)
    {
        if (n == 0) return true;
        for (int i = 0; i < n; i++) counts[i] = TopK(emissions.Slice(i * t, t), k, candidates.Slice(i * k, k));
        for (int j = 0; j < counts[0]; j++)
        {
            int y = candidates[j];
            score[j] = bilou && !BilouScheme.AllowedStart(y) ? float.NegativeInfinity : start[y] + emissions[y];
        }
        for (int i = 1; i < n; i++)
        {
            bool any = false;
            for (int j = 0; j < counts[i]; j++)
            {
                int y = candidates[i * k + j];
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int l = 0; l < counts[i - 1]; l++)
                {
                    int x = candidates[(i - 1) * k + l];
                    if (bilou && !BilouScheme.Allowed(x, y)) continue;
                    float v = score[(i - 1) * k + l] + transitions[x * t + y];
                    if (v > best) { best = v; arg = l; }
                }
                score[i * k + j] = best + emissions[i * t + y];
                backPointers[i * k + j] = arg;
                any |= !float.IsNegativeInfinity(best);
            }
            if (!any) return false;
        }
        float bestEnd = float.NegativeInfinity;
        int argEnd = -1;
        for (int j = 0; j < counts[n - 1]; j++)
        {
            int y = candidates[(n - 1) * k + j];
            if (bilou && !BilouScheme.AllowedEnd(y)) continue;
            float v = score[(n - 1) * k + j] + end[y];
            if (v > bestEnd) { bestEnd = v; argEnd = j; }
        }
        if (argEnd < 0 || float.IsNegativeInfinity(bestEnd)) return false;
        int cur = argEnd;
        for (int i = n - 1; i >= 0; i--)
        {
            path[i] = candidates[i * k + cur];
            if (i > 0) cur = backPointers[i * k + cur];
        }
        return true;
    }

    private static int TopK(ReadOnlySpan<float> scores, int k, Span<int> output)
    {
        int count = 0;
        for (int y = 0; y < scores.Length; y++)
        {
            float v = scores[y];
            if (count == k && v <= scores[output[count - 1]]) continue;
            int pos = count < k ? count++ : k - 1;
            while (pos > 0 && scores[output[pos - 1]] < v)
            {
                output[pos] = output[pos - 1];
                pos--;
            }
            output[pos] = y;
        }
        return count;
    }

    /// <summary>Greedy left-to-right decoding (the baseline): best tag per position given the previous one.</summary>
    public static void Greedy(ReadOnlySpan<float> emissions, int n, int t, float[] transitions, float[] start, bool bilou, Span<int> path)
    {
        int prev = -1;
        for (int i = 0; i < n; i++)
        {
            float best = float.NegativeInfinity;
            int arg = 0;
            for (int y = 0; y < t; y++)
            {
                if (bilou && (prev < 0 ? !BilouScheme.AllowedStart(y) : !BilouScheme.Allowed(prev, y))) continue;
                float v = emissions[i * t + y] + (prev < 0 ? start[y] : transitions[prev * t + y]);
                if (v > best) { best = v; arg = y; }
            }
            path[i] = arg;
            prev = arg;
        }
    }
}
