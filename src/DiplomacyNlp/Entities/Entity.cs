using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A typed span of the document: a person, role, organization, place, nationality, date or amount.
/// Entities may overlap across types ("U.S. Secretary of State" is a Role that contains a Location).
/// Immutable.
/// </summary>
public sealed record Entity
{
    private string _id = string.Empty;

    /// <summary>Document-unique id ("e1", "e2", …), assigned in text order.</summary>
    public required string Id { get => _id; init => _id = value; }

    /// <summary>The entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The span in the document text.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The covered text, exactly as in the document.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; init; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The component that produced the entity.</summary>
    public EntitySource Source { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code when the entity is or names a country ("MEX"); otherwise null.</summary>
    public string? Country { get; init; }

    /// <summary>A canonical form where one is known: the canonical title of a role, the short name of a country, the ISO value of a date.</summary>
    public string? Canonical { get; init; }

    /// <summary>The PLOVER/CAMEO sector code of a role or organization (GOV, MIL, LEG, JUD, COP, SPY, …), or null.</summary>
    public string? Sector { get; init; }

    /// <summary>Exclusive index of the token after the last one.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>
    /// Gives a candidate (an entity with an empty id that no result holds yet) its final id in place, sparing the merger a
    /// copy of every entity. Returns false when the entity already has an id.
    /// </summary>
    internal bool TryAssignId(string id)
    {
        if (_id.Length != 0) return false;
        _id = id;
        return true;
    }
}
