using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// An immutable string-keyed dictionary probed with <see cref="ReadOnlySpan{T}"/> keys without allocating
/// (open addressing over a power-of-two table). Works the same on every target framework.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// Keys live as (start, length) ranges in one shared character buffer, so a lexicon loaded from a decoded file keeps
/// its keys where they are instead of allocating one string per key. Each slot also keeps the key's hash, so a probe
/// compares characters only when the hashes agree.
/// </remarks>
public sealed class SpanDictionary<T>
{
    private readonly char[] _chars;
    private readonly SpanKeyTable.Slot[] _slots;
    private readonly T[] _values;
    private readonly int _mask;

    /// <summary>Builds the dictionary; for duplicate keys the first value wins.</summary>
    /// <param name="pairs">Keys and values.</param>
    /// <param name="ignoreCase">Compare keys ignoring case (invariant).</param>
    public SpanDictionary(IEnumerable<KeyValuePair<string, T>> pairs, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs as ICollection<KeyValuePair<string, T>> ?? new List<KeyValuePair<string, T>>(pairs);
        int total = 0;
        foreach (var (key, _) in list)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(pairs));
            total += key.Length;
        }
        var chars = new char[total];
        IgnoreCase = ignoreCase;
        _chars = chars;
        _mask = TableSize(list.Count) - 1;
        _slots = new SpanKeyTable.Slot[_mask + 1];
        _values = new T[_mask + 1];
        int at = 0;
        foreach (var (key, value) in list)
        {
            key.CopyTo(0, chars, at, key.Length);
            ref T slot = ref GetOrAdd(at, key.Length, out bool exists);
            if (!exists) slot = value;
            at += key.Length;
        }
    }

    /// <summary>
    /// An empty dictionary for up to <paramref name="capacity"/> keys that will be read from <paramref name="chars"/>:
    /// the loader adds them with <see cref="GetOrAdd"/> while it builds its lexicon and never after.
    /// </summary>
    internal SpanDictionary(char[] chars, int capacity, bool ignoreCase)
    {
        IgnoreCase = ignoreCase;
        _chars = chars;
        _mask = TableSize(capacity) - 1;
        _slots = new SpanKeyTable.Slot[_mask + 1];
        _values = new T[_mask + 1];
    }

    private static int TableSize(int count)
    {
        int size = 16;
        while (size < count * 2) size <<= 1;
        return size;
    }

    /// <summary>True when keys compare ignoring case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds the key <c>chars[start..start+length]</c> unless an equal key is present, and returns a reference to its value
    /// (the existing one when <paramref name="exists"/>). Only for building: the dictionary must not be shared yet.
    /// </summary>
    internal ref T GetOrAdd(int start, int length, out bool exists)
    {
        int i = SpanKeyTable.Insert(_slots, _chars, _mask, IgnoreCase, Count, start, length, out exists);
        if (!exists) Count++;
        return ref _values[i];
    }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        int i = FindSlot(key);
        if (i >= 0)
        {
            value = _values[i];
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    internal int FindSlot(ReadOnlySpan<char> key) => SpanKeyTable.Find(_slots, _chars, _mask, IgnoreCase, key);

    /// <summary>The number of slots (valid slot numbers are 0 to this minus one).</summary>
    internal int SlotCount => _slots.Length;

    /// <summary>The key stored in an occupied slot.</summary>
    internal ReadOnlySpan<char> KeyAt(int slot) => new(_chars, _slots[slot].Start, _slots[slot].Length);

    /// <summary>The value stored in an occupied slot.</summary>
    internal T ValueAt(int slot) => _values[slot];

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);
}

/// <summary>
/// The probing and hashing behind <see cref="SpanDictionary{T}"/>, outside the generic class so that the code is
/// compiled once (fully optimized at once: lexicon loading runs it hundreds of thousands of times at start-up)
/// rather than once per value type.
/// </summary>
internal static class SpanKeyTable
{
    internal struct Slot
    {
        /// <summary>The key's hash with the top bit set; 0 marks an empty slot.</summary>
        public int Tag;
        public int Start;
        public int Length;
    }

    /// <summary>
    /// The slot of the key <c>chars[start..start+length]</c>: an equal key's slot (<paramref name="exists"/>), or an empty
    /// slot now holding the key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Insert(Slot[] slots, char[] chars, int mask, bool ignoreCase, int count, int start, int length, out bool exists)
    {
        if ((uint)start > (uint)chars.Length || (uint)length > (uint)(chars.Length - start)) throw new ArgumentOutOfRangeException(nameof(length));
        var key = new ReadOnlySpan<char>(chars, start, length);
        int h = Hash(key, ignoreCase);
        int tag = h | int.MinValue;
        int i = h & mask;
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Tag == 0)
            {
                if (count >= (mask + 1) / 2 + (mask + 1) / 4) throw new InvalidOperationException("The dictionary is full.");
                s.Tag = tag;
                s.Start = start;
                s.Length = length;
                exists = false;
                return i;
            }
            if (s.Tag == tag && Equal(key, new ReadOnlySpan<char>(chars, s.Start, s.Length), ignoreCase))
            {
                exists = true;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    public static int Find(Slot[] slots, char[] chars, int mask, bool ignoreCase, ReadOnlySpan<char> key)
    {
        int h = Hash(key, ignoreCase);
        int tag = h | int.MinValue;
        int i = h & mask;
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Tag == 0) return -1;
            if (s.Tag == tag && Equal(key, new ReadOnlySpan<char>(chars, s.Start, s.Length), ignoreCase)) return i;
            i = (i + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase) =>
        ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> value, bool ignoreCase)
    {
        uint h = 2166136261;
        if (ignoreCase)
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
