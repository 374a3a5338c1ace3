namespace DiplomacyNlp.Events;

/// <summary>Interoperability codes for an event.</summary>
/// <param name="Cameo">CAMEO code ("041", "042", "043", "044", "057"), or null.</param>
/// <param name="PloverCategory">PLOVER category ("CONSULT", "AGREE", "SUPPORT"), or null.</param>
/// <param name="PloverMode">PLOVER mode ("phone", "visit", "third-party", "multilateral"), or null.</param>
public sealed record EventCodes(string? Cameo, string? PloverCategory, string? PloverMode);
