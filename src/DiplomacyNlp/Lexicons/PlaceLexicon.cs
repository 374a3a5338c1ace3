using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Places from GeoNames (cities over 1,000 people and first-level divisions). Many names are also common
/// words or surnames: use them as features or with context, not as blind matches. Case-sensitive; a name
/// shared by several places maps to the first region, else the first city in the list.
/// </summary>
/// <remarks>
/// The table keeps each name's country and kind as a small number and makes its <see cref="PlaceInfo"/> the first
/// time the name is found, then keeps it: loading does not allocate two objects for each of 160,000 places, and a
/// lookup allocates nothing after the first hit of its name (every lookup of a name returns the same instance).
/// </remarks>
public sealed class PlaceLexicon
{
    private const int RegionBit = 1;

    private readonly SpanDictionary<int> _places;
    private readonly string[] _countries;
    private readonly PlaceInfo?[] _infos;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal PlaceLexicon(LexiconSource source)
    {
        // One pass over the decoded file: a name's value is its first region row, or failing that its first city row
        // (a region replaces a city already in the table, never another region).
        var text = source.ReadText("places.tsv.gz");
        var chars = text.Chars;
        var places = new SpanDictionary<int>(chars, text.MaxRows(), ignoreCase: false);
        var countries = new List<string>();
        var countryIndex = new Dictionary<int, int>();
        var reader = text.Rows();
        Span<Range> cols = stackalloc Range[3];
        int rows = 0;
        while (reader.MoveNext(out var line))
        {
            int n = LexiconText.Split(line, reader.Start, cols);
            if (n < 3) throw text.TooFewColumns(reader.LineNumber, n, 3);
            var kind = chars.AsSpan(cols[2]);
            bool region = kind.Length == 1 && kind[0] == 'R';
            var (start, length) = cols[0].GetOffsetAndLength(chars.Length);
            rows++;
            ref int value = ref places.GetOrAdd(start, length, out bool exists);
            if (exists && (!region || (value & RegionBit) != 0)) continue;
            value = Country(chars.AsSpan(cols[1]), countries, countryIndex) << 1 | (region ? RegionBit : 0);
        }
        if (rows == 0) throw text.Empty();
        _places = places;
        _countries = countries.ToArray();
        _infos = new PlaceInfo?[places.SlotCount];
        Count = places.Count;
    }

    /// <summary>The number of a country code in <paramref name="countries"/>, adding it when new (one string per code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Country(ReadOnlySpan<char> code, List<string> countries, Dictionary<int, int> index)
    {
        // ISO alpha-3 codes are three ASCII letters: key them by their characters; anything else is compared as text.
        int key = code.Length == 3 && code[0] < 0x80 && code[1] < 0x80 && code[2] < 0x80 ? code[0] << 16 | code[1] << 8 | code[2] : -1;
        if (key >= 0 && index.TryGetValue(key, out int i)) return i;
        if (key < 0)
        {
            for (int j = 0; j < countries.Count; j++)
            {
                if (code.SequenceEqual(countries[j])) return j;
            }
        }
        countries.Add(code.ToString());
        if (key >= 0) index.Add(key, countries.Count - 1);
        return countries.Count - 1;
    }

    /// <summary>Number of distinct names.</summary>
    public int Count { get; }

    /// <summary>Looks up a place name.</summary>
    public bool TryGet(ReadOnlySpan<char> name, out PlaceInfo place)
    {
        int slot = _places.FindSlot(name);
        if (slot < 0)
        {
            place = default!;
            return false;
        }
        place = _infos[slot] ?? Create(slot);
        return true;
    }

    private PlaceInfo Create(int slot)
    {
        int value = _places.ValueAt(slot);
        var info = new PlaceInfo(_places.KeyAt(slot).ToString(), _countries[value >> 1], (value & RegionBit) != 0 ? PlaceKind.Region : PlaceKind.City);
        return Interlocked.CompareExchange(ref _infos[slot], info, null) ?? info;
    }
}
