using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>Where an event took place, as the text gives it.</summary>
public sealed record EventLocation
{
    /// <summary>The id of a country cluster or location entity, or null.</summary>
    public string? Ref { get; init; }

    /// <summary>The place as written ("Washington, D.C.", "the National Palace").</summary>
    public required string Text { get; init; }

    /// <summary>The span in the text.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country the place is in, where known.</summary>
    public string? Country { get; init; }
}
