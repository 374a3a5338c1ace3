namespace DiplomacyNlp.Lexicons;

/// <summary>A country: ISO codes, short name, adjective and capital.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code ("MEX").</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code ("MX").</param>
/// <param name="Name">Short English name ("Mexico").</param>
/// <param name="Adjective">Adjective/demonym ("Mexican").</param>
/// <param name="Capital">Capital city ("Mexico City").</param>
public sealed record CountryInfo(string Iso3, string Iso2, string Name, string Adjective, string Capital);
