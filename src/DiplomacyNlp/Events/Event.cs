using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Events;

/// <summary>
/// A typed event found in the text, with its participants, time, place, status, evidence and the reason it was
/// emitted. The built-in types have typed subclasses (<see cref="CallEvent"/>, <see cref="MeetingEvent"/>,
/// <see cref="AgreementEvent"/>, <see cref="DesignationEvent"/>); user-defined types come as plain <see cref="Event"/>.
/// </summary>
public record Event
{
    /// <summary>Document-unique id ("ev1", …).</summary>
    public required string Id { get; init; }

    /// <summary>The event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>The subtype as a string: the call mode, meeting kind, agreement kind or designation kind.</summary>
    public string? Kind { get; init; }

    /// <summary>The span of the trigger word or phrase ("spoke by phone", "met", "signed").</summary>
    public required SourceSpan Trigger { get; init; }

    /// <summary>The trigger text.</summary>
    public required string TriggerText { get; init; }

    /// <summary>The sentence of the first mention.</summary>
    public required SourceSpan Sentence { get; init; }

    /// <summary>Every sentence or phrase that reports this event (merged mentions keep all of them), in text order.</summary>
    public required IReadOnlyList<SourceSpan> Evidence { get; init; }

    /// <summary>The participants, split from coordinations.</summary>
    public required IReadOnlyList<EventParticipant> Participants { get; init; }

    /// <summary>When the event happened or will happen, or null.</summary>
    public TimeExpression? Date { get; init; }

    /// <summary>Where, or null.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>Occurred, planned, proposed, negated, hypothetical or reported.</summary>
    public EventStatus Status { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>The rule or pattern that produced the event (and the cues that set its status), for explanation.</summary>
    public required string Rule { get; init; }

    /// <summary>CAMEO and PLOVER codes where one applies.</summary>
    public EventCodes Codes { get; init; } = new(null, null, null);
}

/// <summary>How a call took place.</summary>
public enum CallMode
{
    /// <summary>Not said.</summary>
    Unspecified,
    /// <summary>By telephone.</summary>
    Phone,
    /// <summary>By video link.</summary>
    Video,
}

/// <summary>The kind of meeting.</summary>
public enum MeetingKind
{
    /// <summary>Two parties.</summary>
    Bilateral,
    /// <summary>More than two parties.</summary>
    Multilateral,
    /// <summary>One party visits the other.</summary>
    Visit,
    /// <summary>A summit of leaders.</summary>
    Summit,
    /// <summary>A joint press conference.</summary>
    PressConference,
    /// <summary>A standing group or working group meets.</summary>
    WorkingGroup,
}

/// <summary>The kind of agreement.</summary>
public enum AgreementKind
{
    /// <summary>A formal agreement signed or ratified.</summary>
    Signed,
    /// <summary>An agreement reached or announced.</summary>
    Reached,
    /// <summary>A joint statement or declaration.</summary>
    JointStatement,
    /// <summary>A joint commitment to a course of action.</summary>
    Commitment,
}

/// <summary>The kind of designation.</summary>
public enum DesignationKind
{
    /// <summary>Placed on a list or in an official category.</summary>
    Listing,
    /// <summary>Removed from a list.</summary>
    Delisting,
    /// <summary>Named, nominated, appointed or confirmed to a post.</summary>
    Appointment,
}

/// <summary>A remote conversation between parties: phone call, spoke by phone, telephoned, call with, video conference, virtual meeting.</summary>
public sealed record CallEvent : Event
{
    /// <summary>Phone, video or unspecified.</summary>
    public CallMode Mode { get; init; }
}

/// <summary>An in-person encounter: met, meeting, talks, visit, received, hosted, summit, ministerial, bilateral, joint press conference, convene.</summary>
public sealed record MeetingEvent : Event
{
    /// <summary>Bilateral, multilateral, visit, summit, press conference or working group.</summary>
    public MeetingKind MeetingKind { get; init; }
}

/// <summary>Parties agree, sign, ratify, conclude, reach or announce an agreement or joint statement, or commit jointly to a course of action.</summary>
public sealed record AgreementEvent : Event
{
    /// <summary>Signed, reached, joint statement or commitment.</summary>
    public AgreementKind AgreementKind { get; init; }
}

/// <summary>An authority formally places a person, group or state in an official category, or names someone to a post.</summary>
public sealed record DesignationEvent : Event
{
    /// <summary>Listing, delisting or appointment.</summary>
    public DesignationKind DesignationKind { get; init; }

    /// <summary>The category or post ("Foreign Terrorist Organization", "ambassador to Mexico"), as written.</summary>
    public string? Category { get; init; }
}
