using System.Collections;

namespace DiplomacyNlp.Entities;

/// <summary>The entities of a document in text order, with fluent queries.</summary>
public sealed class EntityCollection : IReadOnlyList<Entity>
{
    private readonly Entity[] _items;

    /// <summary>An empty collection.</summary>
    public static EntityCollection Empty { get; } = new(Array.Empty<Entity>());

    /// <summary>Wraps the given entities (kept in the order given).</summary>
    public EntityCollection(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _items = entities.ToArray();
    }

    /// <inheritdoc />
    public Entity this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The entities of one type.</summary>
    public EntityCollection OfType(EntityType type) => new(_items.Where(e => e.Type == type));

    /// <summary>The entities whose country code is <paramref name="iso3"/>.</summary>
    public EntityCollection InCountry(string iso3) => new(_items.Where(e => string.Equals(e.Country, iso3, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The entity with the given id, or null.</summary>
    public Entity? FindById(string id) => Array.Find(_items, e => e.Id == id);

    /// <inheritdoc />
    public IEnumerator<Entity> GetEnumerator() => ((IEnumerable<Entity>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
