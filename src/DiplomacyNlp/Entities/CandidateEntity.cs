using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>Builds entity candidates (no id yet; the merger numbers them) over a token range.</summary>
internal static class CandidateEntity
{
    /// <summary>A candidate of <paramref name="type"/> over tokens <paramref name="first"/>..<paramref name="end"/> (exclusive).</summary>
    public static Entity FromTokens(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type, double confidence, EntitySource source)
    {
        var span = SourceSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
        return new Entity
        {
            Id = string.Empty,
            Type = type,
            Span = span,
            Text = text.Substring(span.Start, span.Length),
            FirstToken = first,
            TokenCount = end - first,
            Confidence = confidence,
            Source = source,
        };
    }
}
