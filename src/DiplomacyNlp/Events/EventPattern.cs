using DiplomacyNlp.Events.Patterns;

namespace DiplomacyNlp.Events;

/// <summary>A compiled event rule: a token pattern with its trigger, the event type it signals, and how to read its arguments.</summary>
public sealed class EventPattern
{
    internal EventPattern(EventType type, TokenPattern pattern, EventRuleOptions options, string name, ArgumentFrame frame, bool builtIn)
    {
        Type = type;
        Pattern = pattern;
        Name = name;
        Kind = options.Kind;
        Form = options.Form;
        Frame = frame;
        Confidence = Math.Clamp(options.Confidence, 0.01, 1.0);
        Priority = options.Priority;
        EvidenceOnly = options.EvidenceOnly;
        MinParticipants = Math.Max(0, options.MinParticipants);
        IsBuiltIn = builtIn;
    }

    /// <summary>The event type.</summary>
    public EventType Type { get; }

    /// <summary>The token pattern.</summary>
    public TokenPattern Pattern { get; }

    /// <summary>The rule's name ("call.phone-noun", "user.Meeting.1").</summary>
    public string Name { get; }

    /// <summary>The fixed subtype, or null when the extractor decides.</summary>
    public string? Kind { get; }

    /// <summary>Verb, noun or decided per occurrence.</summary>
    public TriggerForm Form { get; }

    /// <summary>The argument frame.</summary>
    public ArgumentFrame Frame { get; }

    /// <summary>The base confidence.</summary>
    public double Confidence { get; }

    /// <summary>Priority among overlapping triggers.</summary>
    public int Priority { get; }

    /// <summary>True when matches only add evidence to earlier events.</summary>
    public bool EvidenceOnly { get; }

    /// <summary>The fewest participants needed.</summary>
    public int MinParticipants { get; }

    /// <summary>True for the library's own patterns.</summary>
    public bool IsBuiltIn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Type}] {Pattern.Description}";
}
