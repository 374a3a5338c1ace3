namespace DiplomacyNlp.Text;

/// <summary>
/// An immutable set of strings that can be probed with a <see cref="ReadOnlySpan{T}"/> without
/// allocating, optionally ignoring ASCII and Latin case. Open addressing over a power-of-two table.
/// </summary>
public sealed class SpanStringSet
{
    private readonly string?[] _slots;
    private readonly int _mask;
    private readonly ulong _lengths; // bit L set when some string has length L (bit 63: length 63 or more)

    /// <summary>Builds the set.</summary>
    /// <param name="items">The strings; duplicates are ignored.</param>
    /// <param name="ignoreCase">Compare with invariant case folding.</param>
    public SpanStringSet(IEnumerable<string> items, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(items);
        IgnoreCase = ignoreCase;
        var list = new List<string>(items);
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _slots = new string?[size];
        _mask = size - 1;
        foreach (var s in list)
        {
            if (Contains(s)) continue;
            int i = Hash(s) & _mask;
            while (_slots[i] is not null) i = (i + 1) & _mask;
            _slots[i] = s;
            _lengths |= LengthBit(s.Length);
            Count++;
        }
    }

    /// <summary>True when lookups ignore case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>The number of distinct strings.</summary>
    public int Count { get; }

    /// <summary>True when the set contains <paramref name="value"/>.</summary>
    public bool Contains(ReadOnlySpan<char> value)
    {
        if ((_lengths & LengthBit(value.Length)) == 0) return false;
        int i = Hash(value) & _mask;
        while (true)
        {
            var s = _slots[i];
            if (s is null) return false;
            if (IgnoreCase ? value.Equals(s, StringComparison.OrdinalIgnoreCase) : value.SequenceEqual(s)) return true;
            i = (i + 1) & _mask;
        }
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private int Hash(ReadOnlySpan<char> value)
    {
        uint h = 2166136261;
        if (IgnoreCase)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < 0x80)
                {
                    if ((uint)(c - 'a') <= 'z' - 'a') c = (char)(c - 32);
                }
                else
                {
                    c = char.ToUpperInvariant(c);
                }
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
