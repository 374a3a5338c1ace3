using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// One mention that can be an event participant: a token range linked to a person, organization or country cluster
/// (or, without clusters, to an entity), with the identity used to compare participants across mentions.
/// </summary>
public sealed record ParticipantMention
{
    /// <summary>Index of the first token.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Index one past the last token.</summary>
    public required int EndToken { get; init; }

    /// <summary>What the mention refers to.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>The cluster id ("p1", "o2", "c1"), or null when there is no cluster.</summary>
    public string? Ref { get; init; }

    /// <summary>A document-unique identity: the cluster id, or a key derived from the entity (surname, country code, title).</summary>
    public required string Key { get; init; }

    /// <summary>The canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO alpha-3 code of the country (the country itself, or the country of the person's office or organization).</summary>
    public string? Country { get; init; }

    /// <summary>The span of the mention.</summary>
    public required SourceSpan Span { get; init; }
}
