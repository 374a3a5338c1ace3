namespace DiplomacyNlp.Events;

/// <summary>The settings of one event pattern beyond its tokens: name, kind, trigger form, argument frame, confidence, priority.</summary>
public sealed class EventRuleOptions
{
    /// <summary>A name for the rule, reported in <see cref="Event.Rule"/> (default: "user.&lt;type&gt;.&lt;n&gt;").</summary>
    public string? Name { get; set; }

    /// <summary>The subtype: the call mode ("Phone", "Video", "Unspecified"), meeting kind ("Visit", "Summit", …), agreement kind or designation kind; null lets the extractor decide where it can.</summary>
    public string? Kind { get; set; }

    /// <summary>Whether the trigger is a verb or a noun (default <see cref="TriggerForm.Auto"/>).</summary>
    public TriggerForm Form { get; set; } = TriggerForm.Auto;

    /// <summary>The roles of subject and object (default: by event type).</summary>
    public ArgumentFrame? Frame { get; set; }

    /// <summary>The base confidence in (0, 1] (default 0.8).</summary>
    public double Confidence { get; set; } = 0.8;

    /// <summary>When two patterns claim overlapping triggers, the higher priority wins (default 10; built-in patterns use 0–100).</summary>
    public int Priority { get; set; } = 10;

    /// <summary>True when a match only adds evidence to an earlier event of the same type ("the agreement" after the signing) and never starts an event.</summary>
    public bool EvidenceOnly { get; set; }

    /// <summary>The fewest participants an event of this pattern needs to be emitted (default 0: decided by type).</summary>
    public int MinParticipants { get; set; }
}
