using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>An office the text gives a person: title, affiliation, sector and qualifiers.</summary>
public sealed record PersonRole
{
    /// <summary>The title as written ("Foreign Secretary").</summary>
    public required string Title { get; init; }

    /// <summary>The canonical title ("Foreign Minister" for "Foreign Secretary" or "top diplomat").</summary>
    public required string CanonicalTitle { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country the office belongs to, or null.</summary>
    public string? Country { get; init; }

    /// <summary>The organization the office belongs to when it is not a state office ("United Nations"), or null.</summary>
    public string? Organization { get; init; }

    /// <summary>PLOVER/CAMEO sector code: GOV, MIL, LEG, JUD, COP, SPY, ELI, …</summary>
    public string? Sector { get; init; }

    /// <summary>Former, acting, elect, deputy.</summary>
    public RoleQualifiers Qualifiers { get; init; }

    /// <summary>The span of the role title in the text.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The id of the Role entity, when there is one.</summary>
    public string? EntityId { get; init; }
}
