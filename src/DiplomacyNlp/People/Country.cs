namespace DiplomacyNlp.People;

/// <summary>A country the document mentions, by name, demonym, abbreviation or capital-as-government.</summary>
public sealed record Country
{
    /// <summary>Document-unique id ("c1", …).</summary>
    public required string Id { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code ("MEX").</summary>
    public required string Code { get; init; }

    /// <summary>The short English name ("Mexico").</summary>
    public required string Name { get; init; }

    /// <summary>All mentions, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }
}
