namespace DiplomacyNlp.Events;

/// <summary>
/// The type of an event. The four built-in types are static members; users can create new types by name
/// and add patterns for them through the builder.
/// </summary>
/// <param name="Name">The type's name, as written in JSON.</param>
public readonly record struct EventType(string Name)
{
    /// <summary>A remote conversation between parties: phone call, video conference, virtual meeting.</summary>
    public static EventType Call { get; } = new("Call");

    /// <summary>An in-person encounter: meeting, talks, visit, summit, ministerial, joint press conference.</summary>
    public static EventType Meeting { get; } = new("Meeting");

    /// <summary>Parties agree, sign, ratify, reach or announce an agreement or joint statement, or commit jointly to a course of action.</summary>
    public static EventType Agreement { get; } = new("Agreement");

    /// <summary>An authority formally places a person, group or state in an official category, or formally names someone to a post.</summary>
    public static EventType Designation { get; } = new("Designation");

    /// <inheritdoc />
    public override string ToString() => Name;
}
