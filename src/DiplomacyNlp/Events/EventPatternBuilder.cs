using System.Globalization;
using DiplomacyNlp.Events.Patterns;

namespace DiplomacyNlp.Events;

/// <summary>
/// Collects the event patterns of a pipeline: the built-in Call, Meeting, Agreement and Designation rules, plus any
/// the user adds, through the same token-pattern language. New event types are created by name
/// (<c>new EventType("Protest")</c>) and get their own patterns.
/// </summary>
/// <example><code>
/// .UseEvents(e => e
///     .Add(EventType.Meeting, p => p
///         .Slot("Actor", s => s.EntityType(EntityType.Person))
///         .Trigger("sat down with")
///         .Slot("Counterpart", s => s.EntityType(EntityType.Person)))
///     .AddTrigger(EventType.Call, "exchanged messages with", kind: "Unspecified"))
/// </code></example>
public sealed class EventPatternBuilder
{
    private readonly List<EventPattern> _patterns = new();
    private int _userCount;

    /// <summary>A builder holding the built-in patterns.</summary>
    public EventPatternBuilder() : this(includeBuiltIns: true)
    {
    }

    /// <summary>A builder with or without the built-in patterns.</summary>
    public EventPatternBuilder(bool includeBuiltIns)
    {
        if (includeBuiltIns) BuiltInEventPatterns.AddTo(this);
    }

    /// <summary>The patterns so far, built-in first.</summary>
    public IReadOnlyList<EventPattern> Patterns => _patterns;

    /// <summary>Adds a pattern for <paramref name="type"/>.</summary>
    /// <param name="type">The event type (built-in or new).</param>
    /// <param name="pattern">The token pattern; it needs exactly one trigger.</param>
    /// <param name="options">Name, kind, form, frame, confidence, priority.</param>
    /// <exception cref="PatternDefinitionException">The pattern is empty, has an empty slot, or no (or an empty) trigger.</exception>
    public EventPatternBuilder Add(EventType type, Action<TokenPatternBuilder> pattern, Action<EventRuleOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (string.IsNullOrWhiteSpace(type.Name)) throw new PatternDefinitionException("The event type has no name; use EventType.Call, EventType.Meeting, … or new EventType(\"Name\").");
        var opts = new EventRuleOptions();
        options?.Invoke(opts);
        var tokens = new TokenPatternBuilder();
        pattern(tokens);
        var compiled = tokens.Build();
        _userCount++;
        string name = string.IsNullOrWhiteSpace(opts.Name) ? "user." + type.Name + "." + _userCount.ToString(CultureInfo.InvariantCulture) : opts.Name!;
        _patterns.Add(new EventPattern(type, compiled, opts, name, opts.Frame ?? DefaultFrame(type), builtIn: false));
        return this;
    }

    /// <summary>Adds a bare trigger phrase for <paramref name="type"/>; arguments, date, place and status are found around it as for the built-in triggers.</summary>
    /// <exception cref="PatternDefinitionException">The phrase is empty.</exception>
    public EventPatternBuilder AddTrigger(EventType type, string phrase, string? kind = null, TriggerForm form = TriggerForm.Auto, double confidence = 0.75)
    {
        return Add(type, p => p.Trigger(phrase), o =>
        {
            o.Kind = kind;
            o.Form = form;
            o.Confidence = confidence;
            o.Name = "user." + type.Name + "." + phrase.Trim();
        });
    }

    /// <summary>Removes the patterns that satisfy <paramref name="predicate"/> (for example a built-in rule by name); returns how many.</summary>
    public int RemoveWhere(Func<EventPattern, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _patterns.RemoveAll(p => predicate(p));
    }

    internal void AddBuiltIn(EventType type, string name, Action<TokenPatternBuilder> pattern, Action<EventRuleOptions>? options = null)
    {
        var opts = new EventRuleOptions { Name = name };
        options?.Invoke(opts);
        var tokens = new TokenPatternBuilder();
        pattern(tokens);
        _patterns.Add(new EventPattern(type, tokens.Build(), opts, name, opts.Frame ?? DefaultFrame(type), builtIn: true));
    }

    /// <summary>Compiles the patterns into an immutable set with its trigger index.</summary>
    public EventPatternSet Build() => new(_patterns.ToArray());

    internal static ArgumentFrame DefaultFrame(EventType type) =>
        type == EventType.Agreement ? ArgumentFrame.Agreement :
        type == EventType.Designation ? ArgumentFrame.Designation :
        ArgumentFrame.Symmetric;
}
