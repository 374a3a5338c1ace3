namespace DiplomacyNlp.People;

/// <summary>An organization of the document with all its mentions.</summary>
public sealed record Organization
{
    /// <summary>Document-unique id ("o1", …).</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name (the longest full form seen).</summary>
    public required string Name { get; init; }

    /// <summary>The acronym when the text or the lexicon gives one ("OAS"), or null.</summary>
    public string? Acronym { get; init; }

    /// <summary>All mentions, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country the organization belongs to, or null.</summary>
    public string? Country { get; init; }

    /// <summary>PLOVER/CAMEO sector code (GOV, MIL, IGO, CRM, REB, MED, …), or null.</summary>
    public string? Sector { get; init; }
}
