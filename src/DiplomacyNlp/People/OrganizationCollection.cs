using System.Collections;

namespace DiplomacyNlp.People;

/// <summary>The organizations of a document.</summary>
public sealed class OrganizationCollection : IReadOnlyList<Organization>
{
    private readonly Organization[] _items;

    /// <summary>An empty collection.</summary>
    public static OrganizationCollection Empty { get; } = new(Array.Empty<Organization>());

    /// <summary>Wraps the given organizations.</summary>
    public OrganizationCollection(IEnumerable<Organization> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    /// <inheritdoc />
    public Organization this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Organizations of the given country.</summary>
    public OrganizationCollection InCountry(string iso3) => new(_items.Where(o => string.Equals(o.Country, iso3, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The organization with the given id, or null.</summary>
    public Organization? FindById(string id) => Array.Find(_items, o => o.Id == id);

    /// <inheritdoc />
    public IEnumerator<Organization> GetEnumerator() => ((IEnumerable<Organization>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
