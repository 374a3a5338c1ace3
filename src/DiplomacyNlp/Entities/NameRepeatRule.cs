using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A word that repeats the first or last word of a person named in full elsewhere in the document is that person:
/// "Tesfaye later visited the site" after "Prime Minister Tesfaye Alemu". The tagger sees one sentence at a time and
/// misses such short mentions, mostly at the start of a sentence. The rule adds a Person candidate for a capitalized
/// word outside every entity that equals the first or last word of a multi-word Person of the document, unless it is
/// a common lowercase English word ("Will", "Rose") or a name particle.
/// </summary>
public sealed class NameRepeatRule
{
    private const double Confidence = 0.7;

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the rule over <paramref name="lexicons"/> (the English word list).</summary>
    public NameRepeatRule(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> a Person candidate for each such word outside the entities of
    /// <paramref name="entities"/> (merged, in text order); returns how many.
    /// </summary>
    public int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        List<string>? words = null;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Person || e.TokenCount < 2 || e.EndToken > tokens.Count) continue;
            words ??= new List<string>();
            foreach (int k in (ReadOnlySpan<int>)[e.FirstToken, e.EndToken - 1])
            {
                var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
                if (tokens[k].Has(TokenFlags.InitialUpper) && w.Length > 1 && !NameParticles.Contains(w) && !_lexicons.Words.IsCommonLowercaseWord(w)) words.Add(w.ToString());
            }
        }
        if (words is null || words.Count == 0) return 0;
        var lookup = new SpanStringSet(words, ignoreCase: false);
        int found = 0, ei = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.InitialUpper)) continue;
            while (ei < entities.Count && entities[ei].EndToken <= i) ei++;
            bool covered = false;
            for (int k = ei; k < entities.Count && entities[k].FirstToken <= i && !covered; k++) covered = entities[k].EndToken > i;
            if (covered || !lookup.Contains(text.AsSpan(t.Start, t.Length))) continue;
            // not part of a longer capitalized run ("Tesfaye Street")
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Has(TokenFlags.InitialUpper) && tokens[i + 1].Start - t.End == 1) continue;
            output.Add(CandidateEntity.FromTokens(text, tokens, i, i + 1, EntityType.Person, Confidence, EntitySource.Rule));
            found++;
        }
        return found;
    }
}
