namespace DiplomacyNlp.Entities;

/// <summary>The type of an entity span.</summary>
public enum EntityType : byte
{
    /// <summary>A person's name (Marco Polo, Ms. Smith).</summary>
    Person,
    /// <summary>A role or office title (Secretary of State, Foreign Minister, President).</summary>
    Role,
    /// <summary>An organization: a government body, an international body, a company, an armed or criminal group.</summary>
    Organization,
    /// <summary>A place: a country, a city, a region, a building.</summary>
    Location,
    /// <summary>A nationality or demonym used as an adjective or noun (Mexican, Canadians).</summary>
    Nationality,
    /// <summary>A date or time expression (September 3, 2025; on Thursday; last week).</summary>
    Date,
    /// <summary>An amount of money ($46 billion).</summary>
    Money,
    /// <summary>A percentage (53%, 12 percent).</summary>
    Percent,
    /// <summary>A counted quantity (10,000 troops, 2,000 kilometers).</summary>
    Quantity,
}
