namespace DiplomacyNlp.Tagging;

/// <summary>Viterbi decoding of a linear chain, optionally restricted to valid BILOU transitions.</summary>
internal static class ViterbiDecoder
{
    public static void Decode(ReadOnlySpan<float> emissions, int n, int t, float[] transitions, float[] start, float[] end, bool bilou,
        Span<int> path, Span<float> delta, Span<int> backPointers)
    {
        if (n == 0) return;
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
                for (int x = 0; x < t; x++)
                {
                    if (bilou && !BilouScheme.Allowed(x, y)) continue;
                    float v = prev[x] + transitions[x * t + y];
                    if (v > best) { best = v; arg = x; }
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
