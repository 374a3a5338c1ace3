using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// Drops model organizations that are capitalization artefacts of headlines. In a title-case line ("Leaders Renew Trade
/// Pledge After Summit Talks") every word is capitalized, and the tagger, which leans on capitalization, reads runs of
/// them as organization names. In such a line a model organization is kept only when it still looks like one without
/// the capitals: it is at most six words long and holds an organization head word ("Ministry", "Embassy", "Cartel", …,
/// or a plural of one), or it is a known organization name or acronym, or it ends in capitals ("NATO"). Organizations in ordinary sentences, and those
/// found by lexicons or rules, are never touched.
/// </summary>
public sealed class HeadlineOrganizationFilter
{
    /// <summary>A longer capitalized run in a headline is the headline itself, not a name.</summary>
    private const int MaxHeadlineOrganizationTokens = 6;

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the filter over <paramref name="lexicons"/> (the organization names, acronyms and head words).</summary>
    public HeadlineOrganizationFilter(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>
    /// Removes the headline artefacts from <paramref name="entities"/> (candidates, before merging) and returns how many
    /// were removed.
    /// </summary>
    public int Apply(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        bool any = false;
        foreach (var e in entities) any |= e.Type == EntityType.Organization && e.Source == EntitySource.Model;
        if (!any || sentences.Count == 0) return 0;
        return entities.RemoveAll(e => e.Type == EntityType.Organization && e.Source == EntitySource.Model && e.TokenCount > 0
            && IsTitleCase(tokens, SentenceOf(sentences, e.FirstToken)) && !LooksLikeAnOrganization(text, tokens, e));
    }

    /// <summary>
    /// True when a sentence reads like a headline: at least two words of four or more letters (or capitalized ones of
    /// three), and at most one in five
    /// of them in lowercase (body text has many lowercase content words).
    /// </summary>
    public static bool IsTitleCase(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int content = 0, lower = 0;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var t = tokens[i];
            // words of four letters or more, and capitalized three-letter ones ("Key Points"); short lowercase words
            // are the function words that title case leaves in lowercase
            if (t.Kind != TokenKind.Word || t.Length < 3 || (t.Length == 3 && t.Has(TokenFlags.AllLower))) continue;
            content++;
            if (t.Has(TokenFlags.AllLower)) lower++;
        }
        return content >= 2 && lower * 5 <= content;
    }

    private bool LooksLikeAnOrganization(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        var span = text.AsSpan(e.Span.Start, e.Span.Length);
        if (_lexicons.Organizations.TryGetByName(span, out _) || _lexicons.Organizations.TryGetByAcronym(span, out _)) return true;
        if (tokens[e.EndToken - 1].Has(TokenFlags.AllUpper)) return true;
        if (e.TokenCount > MaxHeadlineOrganizationTokens) return false;
        for (int i = e.FirstToken; i < e.EndToken; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (_lexicons.Organizations.IsHeadWord(word, out _)) return true;
            if (word.Length > 3 && word[^1] is 's' && _lexicons.Organizations.IsHeadWord(word[..^1], out _)) return true;
        }
        return false;
    }

    private static Sentence SentenceOf(IReadOnlyList<Sentence> sentences, int token)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (sentences[mid].FirstToken <= token) lo = mid;
            else hi = mid - 1;
        }
        return sentences[lo];
    }
}
