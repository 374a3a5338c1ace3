using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A capitalized name that ends in an organization head word is an organization: "the Andean Fisheries Council",
/// "Ministry of Coastal Affairs and Fisheries Agency". The tagger misses such names when their words are unfamiliar;
/// this rule adds them. It reads a run of capitalized words (two to eight, joined by "of", "for", "and", "&amp;" or "the"
/// between capitalized words; a leading "The" or "A" is left out) that ends in a head word from the organization
/// lexicon ("Union", "Council", "Ministry", "Agency", …, or a plural of one) or starts with one followed by "of" or
/// "for" ("Ministry of Fisheries and Ocean Resources"), overlaps no Person or Organization
/// entity, and does not stand in a title-case headline (see <see cref="HeadlineOrganizationFilter"/>).
/// </summary>
public sealed class OrganizationNameRule
{
    private const int MaxWords = 8;
    private const double Confidence = 0.75;

    private static readonly SpanStringSet Connectors = new(["of", "for", "and", "the", "&"], ignoreCase: false);
    private static readonly SpanStringSet LeadingDeterminers = new(["The", "A", "An"], ignoreCase: false);

    /// <summary>Function words inside names that open with a Spanish, Portuguese, French or Italian designator.</summary>
    private static readonly SpanStringSet ForeignConnectors = new(["de", "del", "la", "las", "los", "y", "e", "do", "da", "dos", "das", "du", "des", "le", "et", "di", "della", "delle", "dei"], ignoreCase: false);

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the rule over <paramref name="lexicons"/> (the organization head words).</summary>
    public OrganizationNameRule(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> an Organization candidate for each such name not already covered by a
    /// Person or Organization in <paramref name="entities"/> (merged, in text order); returns how many.
    /// </summary>
    public int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        // tokens inside a Person or Organization already, and tokens inside a Role
        var taken = new bool[tokens.Count + 1];
        var inRole = new bool[tokens.Count + 1];
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.Person or EntityType.Organization or EntityType.Role)) continue;
            var marks = e.Type == EntityType.Role ? inRole : taken;
            for (int t = e.FirstToken; t < e.EndToken && t < marks.Length; t++) marks[t] = true;
        }
        int found = 0;
        foreach (var s in sentences)
        {
            if (HeadlineOrganizationFilter.IsTitleCase(tokens, s)) continue;
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                if (!IsCapitalized(tokens[i]))
                {
                    i++;
                    continue;
                }
                int start = i;
                int lastCapital = i;
                int words = 0;
                int j = i;
                bool leadFirst = _lexicons.Organizations.IsLeadWord(text.AsSpan(tokens[i].Start, tokens[i].Length), out _);
                while (j < s.EndToken && words < MaxWords)
                {
                    if (IsCapitalized(tokens[j]))
                    {
                        lastCapital = j;
                        words++;
                        j++;
                        continue;
                    }
                    var connector = text.AsSpan(tokens[j].Start, tokens[j].Length);
                    if ((Connectors.Contains(connector) || (leadFirst && ForeignConnectors.Contains(connector))) && j + 1 < s.EndToken && IsCapitalized(tokens[j + 1]))
                    {
                        j++;
                        continue;
                    }
                    break;
                }
                i = lastCapital + 1;
                if (LeadingDeterminers.Contains(text.AsSpan(tokens[start].Start, tokens[start].Length)))
                {
                    start++;
                    words--;
                }
                if (words < 2 || start > lastCapital) continue;
                bool headFirst = start + 1 < lastCapital && IsHeadWord(text, tokens[start])
                    && text.AsSpan(tokens[start + 1].Start, tokens[start + 1].Length) is "of" or "for";
                if (!headFirst && !leadFirst && !IsHeadWord(text, tokens[lastCapital])) continue;
                // "the Government of President Ana Ortiz": a title that goes with the name after it ends no organization
                if (headFirst && inRole[lastCapital] && StartsName(text, tokens, lastCapital + 1, s.EndToken)) continue;
                bool free = true;
                for (int t = start; t <= lastCapital && free; t++) free = !taken[t];
                if (!free) continue;
                output.Add(CandidateEntity.FromTokens(text, tokens, start, lastCapital + 1, EntityType.Organization, Confidence, EntitySource.Rule));
                for (int t = start; t <= lastCapital; t++) taken[t] = true;
                found++;
            }
        }
        return found;
    }

    /// <summary>True when a capitalized word starts at <paramref name="index"/>, or right after an opening bracket there.</summary>
    private static bool StartsName(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index < end && tokens[index].Kind == TokenKind.Punctuation && text[tokens[index].Start] == '(') index++;
        return index < end && IsCapitalized(tokens[index]);
    }

    private static bool IsCapitalized(Token t) => t.Kind == TokenKind.Word && (t.Has(TokenFlags.InitialUpper) || t.Has(TokenFlags.AllUpper));

    private bool IsHeadWord(string text, Token token)
    {
        var w = text.AsSpan(token.Start, token.Length);
        if (_lexicons.Organizations.IsHeadWord(w, out _)) return true;
        return w.Length > 3 && w[^1] == 's' && _lexicons.Organizations.IsHeadWord(w[..^1], out _);
    }
}
