namespace DiplomacyNlp.Lexicons;

/// <summary>A national institution and the country it belongs to ("White House": USA, GOV).</summary>
/// <param name="Name">The name as listed.</param>
/// <param name="CountryIso3">ISO 3166 alpha-3 code of its country.</param>
/// <param name="Sector">PLOVER/CAMEO sector code: GOV, MIL, LEG, SPY, COP, …</param>
public sealed record InstitutionInfo(string Name, string CountryIso3, string Sector);
