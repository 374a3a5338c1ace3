using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>
/// Repairs person spans before clustering: a name particle the model left outside ("de" before "la Vega") joins the
/// name, so that "de la Vega" is one mention, and an honorific tagged as a person of its own ("Sheikh") joins the name
/// after it. Entities keep their ids (a joined honorific's entity is removed).
/// </summary>
public static class PersonSpanRefiner
{
    private static readonly SpanStringSet Particles = new(["de", "del", "la", "van", "von", "der", "da", "di", "du", "bin", "al", "el", "dos", "das"], ignoreCase: true);

    /// <summary>Honorifics that the tagger sometimes reads as a person of their own, split from the name after them.</summary>
    private static readonly SpanStringSet Honorifics = new(["Sheikh", "Sheik", "Shaikh", "Sir", "Dame", "Lord", "Lady"], ignoreCase: false);

    /// <summary>Refines the Person entities of <paramref name="entities"/> in place.</summary>
    public static void Refine(string text, IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        JoinHonorifics(text, tokens, entities);
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person || e.TokenCount == 0) continue;
            int first = e.FirstToken;
            while (first > 0 && first > e.FirstToken - 2)
            {
                var prev = tokens[first - 1];
                if (prev.Kind != TokenKind.Word || !prev.Has(TokenFlags.AllLower) || !Particles.Contains(text.AsSpan(prev.Start, prev.Length))) break;
                if (tokens[first].Start - prev.End != 1) break;
                first--;
            }
            if (first == e.FirstToken || Overlaps(entities, i, tokens[first].Start, e.Span.Start)) continue;
            var span = SourceSpan.FromBounds(tokens[first].Start, e.Span.End);
            entities[i] = e with { Span = span, Text = text.Substring(span.Start, span.Length), FirstToken = first, TokenCount = e.EndToken - first };
        }
    }

    /// <summary>
    /// "Sheikh" tagged as a person right before the person "Omar bin Khalid": the honorific joins the name that follows
    /// it, and its own entity goes.
    /// </summary>
    private static void JoinHonorifics(string text, IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        int removed = 0;
        for (int i = 0; i + 1 < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person || e.TokenCount != 1 || e.EndToken > tokens.Count || !Honorifics.Contains(text.AsSpan(e.Span.Start, e.Span.Length))) continue;
            var next = entities[i + 1];
            if (next.Type != EntityType.Person || next.FirstToken != e.EndToken || next.Span.Start - e.Span.End != 1) continue;
            var span = SourceSpan.FromBounds(e.Span.Start, next.Span.End);
            entities[i + 1] = next with { Span = span, Text = text.Substring(span.Start, span.Length), FirstToken = e.FirstToken, TokenCount = next.EndToken - e.FirstToken };
            entities[i] = null!;
            removed++;
        }
        if (removed > 0) entities.RemoveAll(static e => e is null);
    }

        private static bool Overlaps(List<Entity> entities, int self, int start, int end)
    {
        for (int j = 0; j < entities.Count; j++)
        {
            if (j != self && entities[j].Span.Start < end && start < entities[j].Span.End) return true;
        }
        return false;
    }
}
