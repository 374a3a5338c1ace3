using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>A participant of an event: a reference to a person, organization or country of the document.</summary>
public sealed record EventParticipant
{
    /// <summary>The id of the person ("p1"), organization ("o1") or country ("c1") cluster, or null when the participant could not be resolved to one.</summary>
    public string? Ref { get; init; }

    /// <summary>The participant's canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>The part the participant plays.</summary>
    public ArgumentRole Role { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the participant's country (the country itself, or the country of the person's office), or null.</summary>
    public string? Country { get; init; }

    /// <summary>The span of the mention that made this a participant.</summary>
    public SourceSpan Span { get; init; }
}
