using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// "The head of Canadian diplomacy", "the chief of Peru's diplomacy": a foreign minister described by office. The rule
/// reads "head" or "chief", "of", a country or nationality entity (with an optional "'s"), and "diplomacy", and adds a
/// Role candidate over the whole phrase with canonical title Foreign Minister, sector GOV and that country.
/// </summary>
public static class DiplomacyHeadRule
{
    private const double Confidence = 0.9;

    /// <summary>
    /// Appends to <paramref name="output"/> a Role candidate for each such phrase (over <paramref name="entities"/>, merged,
    /// in text order) not already a Role; returns how many.
    /// </summary>
    public static int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        int found = 0;
        foreach (var country in entities)
        {
            if (country.Country is null || country.Type is not (EntityType.Location or EntityType.Nationality)) continue;
            int of = country.FirstToken - 1, head = country.FirstToken - 2;
            if (head < 0 || !Is(text, tokens[of], "of") || !(Is(text, tokens[head], "head") || Is(text, tokens[head], "chief"))) continue;
            int d = country.EndToken;
            if (d < tokens.Count && (Is(text, tokens[d], "'s") || Is(text, tokens[d], "\u2019s"))) d++;
            if (d >= tokens.Count || !Is(text, tokens[d], "diplomacy")) continue;
            var role = CandidateEntity.FromTokens(text, tokens, head, d + 1, EntityType.Role, Confidence, EntitySource.Rule);
            output.Add(role with { Canonical = "Foreign Minister", Sector = "GOV", Country = country.Country });
            found++;
        }
        return found;
    }

    private static bool Is(string text, Token t, string word) => text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
