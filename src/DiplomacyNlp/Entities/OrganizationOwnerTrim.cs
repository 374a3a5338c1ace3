using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// Trims a country's possessive from the front of a model organization: "Peru's Ministry of Energy" becomes "Ministry
/// of Energy". The country stays an entity of its own, and the organization still gets it as its country (the people
/// stage reads a country right before an organization, across the "'s"). The training news marks such spans both ways;
/// the library's convention is the organization without its owner.
/// </summary>
public sealed class OrganizationOwnerTrim
{
    /// <summary>Country names of up to this many words are recognized as owners.</summary>
    private const int MaxOwnerTokens = 4;

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the trim over <paramref name="lexicons"/> (country names).</summary>
    public OrganizationOwnerTrim(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>Replaces such candidates in <paramref name="entities"/> by trimmed copies; returns how many.</summary>
    public int Apply(string text, IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        int trimmed = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Organization || e.Source != EntitySource.Model || e.TokenCount < 3 || e.EndToken > tokens.Count) continue;
            int last = Math.Min(e.FirstToken + MaxOwnerTokens, e.EndToken - 1);
            for (int k = e.FirstToken + 1; k < last; k++)
            {
                var t = tokens[k];
                if (text.AsSpan(t.Start, t.Length) is not ("'s" or "\u2019s")) continue;
                var owner = text.AsSpan(tokens[e.FirstToken].Start, tokens[k - 1].End - tokens[e.FirstToken].Start);
                if (_lexicons.Countries.TryGetByName(owner, out _))
                {
                    entities[i] = CandidateEntity.FromTokens(text, tokens, k + 1, e.EndToken, EntityType.Organization, e.Confidence, EntitySource.Model);
                    trimmed++;
                }
                break;
            }
        }
        return trimmed;
    }
}
