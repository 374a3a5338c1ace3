namespace DiplomacyNlp.Events;

/// <summary>
/// A hashed map from a trigger's first word (case-insensitive) to the patterns it can start, probed with a span
/// without allocating: the pre-filter that lets the extractor skip every sentence without a trigger word.
/// Open addressing over a power-of-two table; immutable.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly string?[] _keys;
    private readonly int[][] _values;
    private readonly int _mask;

    public TriggerIndex(IReadOnlyList<EventPattern> patterns)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < patterns.Count; i++)
        {
            foreach (var w in patterns[i].Pattern.AnchorWords)
            {
                if (!map.TryGetValue(w, out var list)) map[w] = list = new List<int>();
                if (!list.Contains(i)) list.Add(i);
            }
        }
        int size = 16;
        while (size < map.Count * 2) size <<= 1;
        _keys = new string?[size];
        _values = new int[size][];
        _mask = size - 1;
        foreach (var (key, list) in map)
        {
            int slot = Hash(key) & _mask;
            while (_keys[slot] is not null) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _values[slot] = list.ToArray();
        }
        Count = map.Count;
    }

    /// <summary>The number of distinct trigger words.</summary>
    public int Count { get; }

    /// <summary>The patterns whose trigger can start with <paramref name="word"/>, or null.</summary>
    public int[]? Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 40) return null;
        int slot = Hash(word) & _mask;
        while (true)
        {
            var k = _keys[slot];
            if (k is null) return null;
            if (word.Equals(k, StringComparison.OrdinalIgnoreCase)) return _values[slot];
            slot = (slot + 1) & _mask;
        }
    }

    private static int Hash(ReadOnlySpan<char> value)
    {
        uint h = 2166136261;
        foreach (char ch in value)
        {
            char c = ch < 128 ? (char)(ch | ((uint)(ch - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(ch);
            h = (h ^ c) * 16777619;
        }
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }
}
