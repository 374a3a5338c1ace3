namespace DiplomacyNlp.Lexicons;

/// <summary>A head of state or government from the CIA World Factbook (final edition).</summary>
/// <param name="CountryIso3">Country.</param>
/// <param name="Title">Title ("President").</param>
/// <param name="Name">Full name as listed.</param>
/// <param name="Position">"chief of state" or "head of government".</param>
/// <param name="Since">Date of taking office as written, or empty.</param>
public sealed record LeaderInfo(string CountryIso3, string Title, string Name, string Position, string Since);
