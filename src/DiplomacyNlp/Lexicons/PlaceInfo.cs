namespace DiplomacyNlp.Lexicons;

/// <summary>A place from GeoNames.</summary>
/// <param name="Name">The place name.</param>
/// <param name="CountryIso3">ISO alpha-3 code of its country.</param>
/// <param name="Kind">City or region.</param>
public sealed record PlaceInfo(string Name, string CountryIso3, PlaceKind Kind);
