namespace DiplomacyNlp.Events;

/// <summary>What a participant mention refers to.</summary>
[Flags]
public enum MentionKind
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>A person (a person cluster, or a Person entity when there are no clusters).</summary>
    Person = 1,
    /// <summary>An organization (an organization cluster, or an Organization entity).</summary>
    Organization = 2,
    /// <summary>A country (a country cluster, or a Location entity that names a country).</summary>
    Country = 4,
    /// <summary>A role title standing for a person the text does not name ("the Mexican president").</summary>
    Role = 8,
    /// <summary>Any of the above.</summary>
    Any = Person | Organization | Country | Role,
}
