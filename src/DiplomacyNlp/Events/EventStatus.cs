namespace DiplomacyNlp.Events;

/// <summary>Whether and how an event happened, according to the text.</summary>
public enum EventStatus
{
    /// <summary>Reported as having happened.</summary>
    Occurred,
    /// <summary>Scheduled or expected in the future.</summary>
    Planned,
    /// <summary>Proposed, requested or called for, not agreed.</summary>
    Proposed,
    /// <summary>Explicitly said not to have happened ("did not meet").</summary>
    Negated,
    /// <summary>Possible or conditional ("could meet", "if they sign").</summary>
    Hypothetical,
    /// <summary>Claimed by a source where attribution matters ("X claimed they met").</summary>
    Reported,
}
