namespace DiplomacyNlp.People;

/// <summary>A person of the document: every mention linked, with every office the text gives them.</summary>
public sealed record Person
{
    /// <summary>Document-unique id ("p1", …).</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name: the longest full form seen.</summary>
    public required string Name { get; init; }

    /// <summary>All mentions, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>All roles found for any mention, in text order, without duplicates.</summary>
    public required IReadOnlyList<PersonRole> Roles { get; init; }

    /// <summary>The country most roles point to, or null.</summary>
    public string? Country { get; init; }
}
