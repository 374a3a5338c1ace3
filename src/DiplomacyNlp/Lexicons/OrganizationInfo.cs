namespace DiplomacyNlp.Lexicons;

/// <summary>An organization known to the lexicon.</summary>
/// <param name="Name">Full name, or empty when only the acronym is known.</param>
/// <param name="Acronym">Acronym, or empty.</param>
/// <param name="Sector">Sector code: IGO, NGO, …</param>
public sealed record OrganizationInfo(string Name, string Acronym, string Sector);
