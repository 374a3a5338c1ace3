using System.Collections;

namespace DiplomacyNlp.People;

/// <summary>The people of a document, with fluent queries.</summary>
public sealed class PersonCollection : IReadOnlyList<Person>
{
    private readonly Person[] _items;

    /// <summary>An empty collection.</summary>
    public static PersonCollection Empty { get; } = new(Array.Empty<Person>());

    /// <summary>Wraps the given people.</summary>
    public PersonCollection(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        _items = people.ToArray();
    }

    /// <inheritdoc />
    public Person this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>People holding a role whose title or canonical title equals <paramref name="title"/> (case-insensitive).</summary>
    public PersonCollection WithRole(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new PersonCollection(_items.Where(p => p.Roles.Any(r =>
            string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(r.CanonicalTitle, title, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>People with a role for the given country (ISO alpha-3), or whose country is it.</summary>
    public PersonCollection InCountry(string iso3)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return new PersonCollection(_items.Where(p =>
            string.Equals(p.Country, iso3, StringComparison.OrdinalIgnoreCase) ||
            p.Roles.Any(r => string.Equals(r.Country, iso3, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>The person with the given id, or null.</summary>
    public Person? FindById(string id) => Array.Find(_items, p => p.Id == id);

    /// <summary>The first person with a mention whose text equals <paramref name="name"/> (case-insensitive), or null.</summary>
    public Person? FindByName(string name) => Array.Find(_items, p =>
        string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) ||
        p.Mentions.Any(m => string.Equals(m.Text, name, StringComparison.OrdinalIgnoreCase)));

    /// <inheritdoc />
    public IEnumerator<Person> GetEnumerator() => ((IEnumerable<Person>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
