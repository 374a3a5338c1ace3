using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A name right after a noun that says what kind of organization it is, is an organization: "the rebel group Red Dawn",
/// "the gang coalition Los Norteños", "the newspaper El Diario", "the militia M44". The tagger reads an unfamiliar
/// two-word name as a person; the noun before it says otherwise. The rule reads a run of up to five capitalized or
/// all-capital words (with "de", "del", "la", "los", "of", "the" between them) right after a lowercase descriptor noun
/// ("group", "gang", "coalition", "cartel", "militia", "faction", "party", "movement", "company", "newspaper", …) in a
/// sentence that is not a title-case headline. The run becomes an Organization candidate unless it overlaps an entity
/// that is neither a Person nor an Organization (a date, a country, a role), or an Organization that already covers it.
/// </summary>
public sealed class OrganizationAfterDescriptorRule
{
    private const int MaxWords = 5;
    private const double Confidence = 0.8;

    private static readonly SpanStringSet Descriptors = new(
    [
        "group", "gang", "coalition", "cartel", "militia", "faction", "organization", "organisation", "movement", "party",
        "alliance", "network", "syndicate", "outfit", "company", "firm", "conglomerate", "consortium", "agency", "newspaper",
        "daily", "weekly", "broadcaster", "bank", "lender", "insurer", "airline", "carrier", "charity", "watchdog", "think-tank",
        "thinktank", "startup",
    ], ignoreCase: false);

    private static readonly SpanStringSet Connectors = new(["de", "del", "la", "los", "las", "of", "the", "al", "el"], ignoreCase: false);

    /// <summary>
    /// Appends to <paramref name="output"/> an Organization candidate for each such name in <paramref name="entities"/>
    /// (merged, in text order) and returns how many.
    /// </summary>
    public int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        int found = 0;
        int ei = 0;
        foreach (var s in sentences)
        {
            bool headline = false, checkedHeadline = false;
            for (int i = s.FirstToken; i < s.EndToken - 1; i++)
            {
                var d = tokens[i];
                if (d.Kind != TokenKind.Word || !d.Has(TokenFlags.AllLower) || !Descriptors.Contains(text.AsSpan(d.Start, d.Length))) continue;
                int start = i + 1;
                int end = ReadName(text, tokens, start, s.EndToken);
                if (end <= start) continue;
                if (!checkedHeadline)
                {
                    headline = HeadlineOrganizationFilter.IsTitleCase(tokens, s);
                    checkedHeadline = true;
                }
                if (headline) break;
                // the entities overlapping the run
                while (ei < entities.Count && entities[ei].EndToken <= start) ei++;
                bool blocked = false;
                for (int k = ei; k < entities.Count && entities[k].FirstToken < end && !blocked; k++)
                {
                    var e = entities[k];
                    if (e.EndToken <= start) continue;
                    blocked = e.Type switch
                    {
                        EntityType.Person => false,
                        EntityType.Organization => e.FirstToken <= start && e.EndToken >= end,
                        _ => true,
                    };
                }
                if (blocked) continue;
                output.Add(CandidateEntity.FromTokens(text, tokens, start, end, EntityType.Organization, Confidence, EntitySource.Rule));
                found++;
                i = end - 1;
            }
        }
        return found;
    }

    /// <summary>"al-Fajr", "el-Nour": an Arabic article joined by a hyphen to a capitalized word.</summary>
    private static bool IsArticlePrefixed(string text, Token t)
    {
        var w = text.AsSpan(t.Start, t.Length);
        int hyphen = w.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 1 < w.Length && char.IsUpper(w[hyphen + 1]) && w[..hyphen] is "al" or "el" or "ad" or "as" or "ash" or "an" or "ar" or "at";
    }

        /// <summary>The end (exclusive) of a name run at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    private static int ReadName(string text, IReadOnlyList<Token> tokens, int start, int limit)
    {
        int end = start, words = 0;
        while (end < limit && words < MaxWords)
        {
            var t = tokens[end];
            if (t.Kind == TokenKind.Word && (t.Has(TokenFlags.InitialUpper) || t.Has(TokenFlags.AllUpper) || (words > 0 && IsArticlePrefixed(text, t))))
            {
                words++;
                end++;
                continue;
            }
            if (words > 0 && t.Kind == TokenKind.Word && end + 1 < limit && Connectors.Contains(text.AsSpan(t.Start, t.Length))
                && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Has(TokenFlags.InitialUpper))
            {
                end++;
                continue;
            }
            break;
        }
        return words == 0 ? start : end;
    }
}
