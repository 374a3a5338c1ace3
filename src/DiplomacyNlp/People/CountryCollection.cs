using System.Collections;

namespace DiplomacyNlp.People;

/// <summary>The countries a document mentions.</summary>
public sealed class CountryCollection : IReadOnlyList<Country>
{
    private readonly Country[] _items;

    /// <summary>An empty collection.</summary>
    public static CountryCollection Empty { get; } = new(Array.Empty<Country>());

    /// <summary>Wraps the given countries.</summary>
    public CountryCollection(IEnumerable<Country> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    /// <inheritdoc />
    public Country this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The country with the given ISO alpha-3 code, or null.</summary>
    public Country? FindByCode(string iso3) => Array.Find(_items, c => string.Equals(c.Code, iso3, StringComparison.OrdinalIgnoreCase));

    /// <summary>The country with the given id, or null.</summary>
    public Country? FindById(string id) => Array.Find(_items, c => c.Id == id);

    /// <inheritdoc />
    public IEnumerator<Country> GetEnumerator() => ((IEnumerable<Country>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
