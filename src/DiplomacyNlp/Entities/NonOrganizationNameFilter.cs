using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// Drops model organizations that are names of agreements, meetings or programmes: "the Lisbon Framework", "the Andes
/// Summit", "the Harbor Initiative", "the Security Ministerial". Such names are capitalized like organizations, and the
/// tagger (whose training news marks them inconsistently) often types them Organization, but nobody can meet, call or
/// sign with them. A model organization of two words or more is dropped when its last word is one of these nouns
/// (or a plural of one) and the whole name is not a known organization. One whose last word names a geographic feature
/// ("the Western Hemisphere") is retyped as a Location. Lexicon and rule organizations are never touched.
/// </summary>
public sealed class NonOrganizationNameFilter
{
    /// <summary>Last words of agreement, meeting and programme names.</summary>
    private static readonly SpanStringSet NonOrganizationHeads = new(
    [
        "Framework", "Agreement", "Accord", "Treaty", "Pact", "Plan", "Strategy", "Roadmap", "Declaration", "Protocol",
        "Memorandum", "Communique", "Communiqué", "Summit", "Ministerial", "Dialogue", "Talks", "Process", "Initiative",
        "Act", "Doctrine", "Deal", "Ceasefire", "Truce", "Statement",
    ], ignoreCase: true);

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the filter over <paramref name="lexicons"/> (known organization names).</summary>
    public NonOrganizationNameFilter(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>Last words of geographic names: a model organization ending in one is a place.</summary>
    private static readonly SpanStringSet GeographicHeads = new(
    [
        "Hemisphere", "Peninsula", "Coast", "Basin", "Sea", "Ocean", "Strait", "Straits", "Valley", "Desert", "Mountains", "Highlands",
        "Plateau", "Delta", "Archipelago", "Islands", "Island", "River", "Lake", "Bay", "Corridor", "Horn",
    ], ignoreCase: false);

    /// <summary>
    /// Removes such names from <paramref name="entities"/> (candidates, before merging) and returns how many were removed;
    /// a model organization whose last word names a geographic feature ("the Western Hemisphere", "the Korean
    /// Peninsula") becomes a Location instead.
    /// </summary>
    public int Apply(string text, IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        int kept = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (IsNonOrganizationName(text, tokens, e)) continue;
            if (IsGeographicName(text, tokens, e)) e = e with { Type = EntityType.Location };
            entities[kept++] = e;
        }
        int removed = entities.Count - kept;
        if (removed > 0) entities.RemoveRange(kept, removed);
        return removed;
    }

    private bool IsGeographicName(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.Type != EntityType.Organization || e.Source != EntitySource.Model || e.TokenCount < 2 || e.EndToken > tokens.Count) return false;
        var last = tokens[e.EndToken - 1];
        return GeographicHeads.Contains(text.AsSpan(last.Start, last.Length)) && !_lexicons.Organizations.TryGetByName(text.AsSpan(e.Span.Start, e.Span.Length), out _);
    }

        private bool IsNonOrganizationName(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.Type != EntityType.Organization || e.Source != EntitySource.Model || e.TokenCount < 2 || e.EndToken > tokens.Count) return false;
        var last = tokens[e.EndToken - 1];
        var word = text.AsSpan(last.Start, last.Length);
        bool head = NonOrganizationHeads.Contains(word) || (word.Length > 3 && word[^1] == 's' && NonOrganizationHeads.Contains(word[..^1]));
        return head && !_lexicons.Organizations.TryGetByName(text.AsSpan(e.Span.Start, e.Span.Length), out _);
    }
}
