namespace DiplomacyNlp.Lexicons;

/// <summary>The kind of a GeoNames place.</summary>
public enum PlaceKind
{
    /// <summary>A city or town (population over 1,000, or an administrative seat).</summary>
    City,
    /// <summary>A first-level division: state, province, region.</summary>
    Region,
}
