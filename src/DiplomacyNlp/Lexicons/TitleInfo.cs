namespace DiplomacyNlp.Lexicons;

/// <summary>A role title's canonical form and sector.</summary>
/// <param name="Canonical">The canonical title ("Foreign Minister" for "Foreign Secretary").</param>
/// <param name="Sector">PLOVER/CAMEO sector code: GOV, MIL, LEG, JUD, COP, SPY, REL, …</param>
public sealed record TitleInfo(string Canonical, string Sector);
