using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A name written right after a role title, or after its posting ("ambassador to the UN Omar Haddadin"), is a person:
/// "Secretary of State Ana Ruiz", "King Omar". News puts the
/// holder's name after the title so regularly that when the tagger leaves such a name untagged (titles it saw rarely,
/// names from other regions), this rule adds it. It reads a run of up to four capitalized words right after a Role
/// entity, none of them inside another entity, with name particles ("de", "la", "bin", "al", "van", "von", also when
/// capitalized: "Al") allowed inside the run. The run is a person when none of its words is a common lowercase English word that is not also a
/// known name ("Burns" is both, and stays in), and it has two or more words or its one word is a known given name or
/// surname, or the family name of a leader in the Factbook list ("President Xi").
/// </summary>
public sealed class PersonAfterTitleRule
{
    private const int MaxWords = 4;
    private const double Confidence = 0.8;

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the rule over <paramref name="lexicons"/> (names and the English word list).</summary>
    public PersonAfterTitleRule(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> a Person candidate for each untagged name right after a Role in
    /// <paramref name="entities"/> (merged, in text order); returns how many.
    /// </summary>
    public int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        int found = 0;
        int si = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var role = entities[i];
            if (role.Type != EntityType.Role || role.TokenCount == 0) continue;
            int start = role.EndToken;
            int next = i + 1;
            // "ambassador to the UN Omar Haddadin": the name follows the posting
            if (start + 1 < tokens.Count && text.AsSpan(tokens[start].Start, tokens[start].Length) is "to")
            {
                int k = start + 1;
                if (k < tokens.Count && text.AsSpan(tokens[k].Start, tokens[k].Length) is "the") k++;
                if (next < entities.Count && entities[next].FirstToken == k && entities[next].Type is EntityType.Location or EntityType.Organization)
                {
                    start = entities[next].EndToken;
                    while (next < entities.Count && entities[next].FirstToken < start) next++;
                }
            }
            if (start >= tokens.Count) continue;
            // the next entity must not start at the name (then the tagger already read it)
            if (next < entities.Count && entities[next].FirstToken <= start) continue;
            while (si < sentences.Count && sentences[si].EndToken <= start) si++;
            int sentenceEnd = si < sentences.Count ? sentences[si].EndToken : tokens.Count;
            int limit = Math.Min(sentenceEnd, next < entities.Count ? entities[next].FirstToken : tokens.Count);
            int end = ReadName(text, tokens, start, limit);
            if (end <= start) continue;
            output.Add(CandidateEntity.FromTokens(text, tokens, start, end, EntityType.Person, Confidence, EntitySource.Rule));
            found++;
        }
        return found;
    }

    /// <summary>The end (exclusive) of a name run starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    private int ReadName(string text, IReadOnlyList<Token> tokens, int start, int limit)
    {
        int end = start;
        int words = 0;
        bool common = false, known = false;
        while (end < limit && words < MaxWords)
        {
            var t = tokens[end];
            var w = text.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.InitialUpper) && !t.Has(TokenFlags.AllUpper))
            {
                end++;
                // a capitalized particle ("Al" in "Tamim bin Hamad Al Thani") inside the name is not one of its words
                if (words > 0 && NameParticles.Contains(w) && end < limit && tokens[end].Has(TokenFlags.InitialUpper)) continue;
                bool name = _lexicons.Names.IsGivenName(w) || _lexicons.Names.IsSurname(w);
                common |= !name && _lexicons.Words.IsCommonLowercaseWord(w);
                known |= name;
                words++;
                continue;
            }
            // particles inside a name: "Ana de la Cruz" (only when a capitalized word follows them)
            if (words > 0 && NameParticles.Contains(w))
            {
                int next = end + 1;
                while (next < limit && NameParticles.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length))) next++;
                if (next < limit && tokens[next].Has(TokenFlags.InitialUpper))
                {
                    end = next;
                    continue;
                }
            }
            break;
        }
        if (words == 0) return start;
        // one word that is the family name of a listed leader ("President Xi"), even when it is also an English word
        if (words == 1 && !known && _lexicons.Leaders.FindAllBySurname(text.Substring(tokens[start].Start, tokens[start].Length)).Count > 0) return end;
        if (common) return start;
        if (words == 1 && !known) return start;
        return end;
    }
}
