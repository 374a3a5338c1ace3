using System.Collections;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// The ordered, mutable list of components a builder holds, with type-keyed operations in Markdig's manner:
/// <see cref="AddIfNotAlready{T}(Func{T})"/>, <see cref="InsertBefore{T}"/>, <see cref="InsertAfter{T}"/>,
/// <see cref="Replace{T}"/>, <see cref="TryRemove{T}"/> and <see cref="Find{T}"/>.
/// </summary>
public sealed class ComponentList : IReadOnlyList<IPipelineComponent>
{
    private readonly List<IPipelineComponent> _items = new();

    /// <inheritdoc />
    public IPipelineComponent this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>Appends a component.</summary>
    public void Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _items.Add(component);
    }

    /// <summary>Appends a component of type <typeparamref name="T"/> unless one is already there; returns the one in the list.</summary>
    public T AddIfNotAlready<T>(Func<T> create) where T : class, IPipelineComponent
    {
        ArgumentNullException.ThrowIfNull(create);
        var existing = Find<T>();
        if (existing is not null) return existing;
        var c = create();
        _items.Add(c);
        return c;
    }

    /// <summary>Replaces the component of type <typeparamref name="T"/> in place, or appends when there is none.</summary>
    public void ReplaceOrAdd<T>(IPipelineComponent component) where T : class, IPipelineComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        int i = IndexOf<T>();
        if (i >= 0) _items[i] = component;
        else _items.Add(component);
    }

    /// <summary>Replaces the component of type <typeparamref name="T"/>; false when there is none.</summary>
    public bool Replace<T>(IPipelineComponent component) where T : class, IPipelineComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        int i = IndexOf<T>();
        if (i < 0) return false;
        _items[i] = component;
        return true;
    }

    /// <summary>Inserts before the component of type <typeparamref name="T"/>; false when there is none.</summary>
    public bool InsertBefore<T>(IPipelineComponent component) where T : class, IPipelineComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        int i = IndexOf<T>();
        if (i < 0) return false;
        _items.Insert(i, component);
        return true;
    }

    /// <summary>Inserts after the component of type <typeparamref name="T"/>; false when there is none.</summary>
    public bool InsertAfter<T>(IPipelineComponent component) where T : class, IPipelineComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        int i = IndexOf<T>();
        if (i < 0) return false;
        _items.Insert(i + 1, component);
        return true;
    }

    /// <summary>Removes the component of type <typeparamref name="T"/>; false when there is none.</summary>
    public bool TryRemove<T>() where T : class, IPipelineComponent
    {
        int i = IndexOf<T>();
        if (i < 0) return false;
        _items.RemoveAt(i);
        return true;
    }

    /// <summary>The component of type <typeparamref name="T"/>, or null.</summary>
    public T? Find<T>() where T : class, IPipelineComponent
    {
        foreach (var c in _items)
        {
            if (c is T t) return t;
        }
        return null;
    }

    /// <summary>True when a component of type <typeparamref name="T"/> is in the list.</summary>
    public bool Contains<T>() where T : class, IPipelineComponent => IndexOf<T>() >= 0;

    private int IndexOf<T>() where T : class, IPipelineComponent
    {
        for (int i = 0; i < _items.Count; i++)
        {
            if (_items[i] is T) return i;
        }
        return -1;
    }

    /// <inheritdoc />
    public IEnumerator<IPipelineComponent> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
