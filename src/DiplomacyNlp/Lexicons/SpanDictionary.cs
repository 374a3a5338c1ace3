namespace DiplomacyNlp.Lexicons;

/// <summary>
/// An immutable string-keyed dictionary probed with <see cref="ReadOnlySpan{T}"/> keys without allocating
/// (open addressing over a power-of-two table). Works the same on every target framework.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class SpanDictionary<T>
{
    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    /// <summary>Builds the dictionary; for duplicate keys the first value wins.</summary>
    /// <param name="pairs">Keys and values.</param>
    /// <param name="ignoreCase">Compare keys ignoring case (invariant).</param>
    public SpanDictionary(IEnumerable<KeyValuePair<string, T>> pairs, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        IgnoreCase = ignoreCase;
        var list = pairs as ICollection<KeyValuePair<string, T>> ?? new List<KeyValuePair<string, T>>(pairs);
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _keys = new string?[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            int i = Hash(key) & _mask;
            bool dup = false;
            while (_keys[i] is { } existing)
            {
                if (Equal(key, existing)) { dup = true; break; }
                i = (i + 1) & _mask;
            }
            if (dup) continue;
            _keys[i] = key;
            _values[i] = value;
            Count++;
        }
    }

    /// <summary>True when keys compare ignoring case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        int i = Hash(key) & _mask;
        while (_keys[i] is { } existing)
        {
            if (Equal(key, existing))
            {
                value = _values[i];
                return true;
            }
            i = (i + 1) & _mask;
        }
        value = default!;
        return false;
    }

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    private bool Equal(ReadOnlySpan<char> a, string b) => IgnoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    private int Hash(ReadOnlySpan<char> value)
    {
        uint h = 2166136261;
        if (IgnoreCase)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                c = c < 0x80 ? (char)(c is >= 'a' and <= 'z' ? c - 32 : c) : char.ToUpperInvariant(c);
                h = (h ^ c) * 16777619;
            }
        }
        else
        {
            for (int i = 0; i < value.Length; i++) h = (h ^ value[i]) * 16777619;
        }
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }
}
