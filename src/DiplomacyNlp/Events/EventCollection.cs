using System.Collections;

namespace DiplomacyNlp.Events;

/// <summary>The events of a document in text order, with fluent queries.</summary>
public sealed class EventCollection : IReadOnlyList<Event>
{
    private readonly Event[] _items;

    /// <summary>An empty collection.</summary>
    public static EventCollection Empty { get; } = new(Array.Empty<Event>());

    /// <summary>Wraps the given events.</summary>
    public EventCollection(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _items = events.ToArray();
    }

    /// <inheritdoc />
    public Event this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Events of the given type.</summary>
    public EventCollection OfType(EventType type) => new(_items.Where(e => e.Type == type));

    /// <summary>Events with the given status.</summary>
    public EventCollection WithStatus(EventStatus status) => new(_items.Where(e => e.Status == status));

    /// <summary>Events with participants from both countries (ISO alpha-3).</summary>
    public EventCollection Between(string country1, string country2) => new(_items.Where(e =>
        e.Participants.Any(p => string.Equals(p.Country, country1, StringComparison.OrdinalIgnoreCase)) &&
        e.Participants.Any(p => string.Equals(p.Country, country2, StringComparison.OrdinalIgnoreCase))));

    /// <summary>Events in which the person, organization or country with the given id takes part.</summary>
    public EventCollection Involving(string clusterId) => new(_items.Where(e => e.Participants.Any(p => p.Ref == clusterId)));

    /// <inheritdoc />
    public IEnumerator<Event> GetEnumerator() => ((IEnumerable<Event>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
