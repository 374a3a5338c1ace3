namespace DiplomacyNlp.Tagging;

/// <summary>An ordered set of tag names ("O", "B-Person", …, or Penn POS tags) with their indices.</summary>
public sealed class TagSet
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a tag set.</summary>
    public TagSet(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0) throw new ArgumentException("A tag set needs at least one tag.", nameof(names));
        Names = names.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Names.Count; i++)
        {
            if (!_index.TryAdd(Names[i], i)) throw new ArgumentException($"Tag '{Names[i]}' appears twice.", nameof(names));
        }
    }

    /// <summary>The tag names in index order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of tags.</summary>
    public int Count => Names.Count;

    /// <summary>The index of a tag, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The name of tag <paramref name="index"/>.</summary>
    public string this[int index] => Names[index];
}
