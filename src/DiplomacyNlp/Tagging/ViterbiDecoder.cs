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
