namespace DiplomacyNlp.Lexicons;

/// <summary>A role title's canonical form, sector and usual country.</summary>
/// <param name="Canonical">The canonical title ("Foreign Minister" for "Foreign Secretary").</param>
/// <param name="Sector">PLOVER/CAMEO sector code: GOV, MIL, LEG, JUD, COP, SPY, REL, …</param>
/// <param name="UsualCountry">
/// The ISO 3166 alpha-3 code of the country whose officials news usually means by this title when it names a country
/// ("USA" for "Secretary of State", "DEU" for "Chancellor"), counted in the GMB training news; null when no country
/// dominates ("President", "Prime Minister").
/// </param>
public sealed record TitleInfo(string Canonical, string Sector, string? UsualCountry = null);
