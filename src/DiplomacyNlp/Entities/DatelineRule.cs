using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// A news dateline names the place a story was filed from: "LISBON (Agency) -", "SANTO DOMINGO, March 4 -",
/// "Nairobi (Agency) —". The tagger, which sees an all-capital word at the start of a line, often reads it as an
/// organization. At the start of a line this rule reads a run of one to three all-capital words (or capitalized words
/// when an "(Agency)" follows), followed by a bracket, a dash, or a comma and a month name; the run becomes a Location
/// candidate, unless it is a known organization acronym. Without an "(Agency)" the place must be in the place or
/// country lexicon, so that wire labels ("UPDATE -", "EXCLUSIVE -") are not read as places.
/// </summary>
public sealed class DatelineRule
{
    private const int MaxWords = 3;
    private const double Confidence = 0.9;

    private static readonly SpanStringSet Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], ignoreCase: true);

    private readonly LexiconSet _lexicons;

    /// <summary>Creates the rule over <paramref name="lexicons"/> (organization acronyms).</summary>
    public DatelineRule(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> a Location candidate for each dateline place not already a Location in
    /// <paramref name="entities"/> (merged, in text order); returns how many.
    /// </summary>
    public int Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        int found = 0;
        int ei = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !tokens[i].Has(TokenFlags.LineStart)) continue;
            int end = ReadDateline(text, tokens, i);
            if (end <= i) continue;
            var place = text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start);
            if (_lexicons.Organizations.TryGetByAcronym(place, out _)) continue;
            // an all-capital place before a dash or a date must be a known place ("UPDATE -", "EXCLUSIVE -" are not)
            if (!FollowedByAgency(text, tokens, end) && !IsKnownPlace(place)) continue;
            while (ei < entities.Count && entities[ei].EndToken <= i) ei++;
            bool located = false;
            for (int k = ei; k < entities.Count && entities[k].FirstToken < end; k++)
            {
                located |= entities[k].Type == EntityType.Location && entities[k].FirstToken == i && entities[k].EndToken == end;
            }
            if (located) continue;
            output.Add(CandidateEntity.FromTokens(text, tokens, i, end, EntityType.Location, Confidence, EntitySource.Rule));
            found++;
        }
        return found;
    }

    /// <summary>The end (exclusive) of the dateline's place at line start <paramref name="start"/>, or <paramref name="start"/> when the line has none.</summary>
    private static int ReadDateline(string text, IReadOnlyList<Token> tokens, int start)
    {
        int end = start;
        bool allCaps = true;
        while (end < tokens.Count && end - start < MaxWords && tokens[end].Kind == TokenKind.Word && tokens[end].Has(TokenFlags.InitialUpper)
            && !tokens[end].Has(TokenFlags.HasDigit) && (end == start || !tokens[end].Has(TokenFlags.LineStart)))
        {
            allCaps &= tokens[end].Has(TokenFlags.AllUpper) && tokens[end].Length > 1;
            end++;
        }
        if (end == start || end + 1 >= tokens.Count) return start;
        var next = tokens[end];
        if (next.Kind != TokenKind.Punctuation) return start;
        char c = text[next.Start];
        // "(Agency) -" after the place, capitalized or all capitals
        if (c == '(' && end + 3 < tokens.Count && tokens[end + 1].Has(TokenFlags.InitialUpper) && IsDash(text, tokens[end + 3]) && text[tokens[end + 2].Start] == ')') return end;
        if (!allCaps) return start;
        if (c is '-' or '\u2013' or '\u2014') return end;
        if (c == ',' && tokens[end + 1].Kind == TokenKind.Word && Months.Contains(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length))) return end;
        return start;
    }

    private static bool FollowedByAgency(string text, IReadOnlyList<Token> tokens, int end) => end < tokens.Count && text[tokens[end].Start] == '(';

    /// <summary>True when an all-capital name, written in title case ("MEXICO CITY" → "Mexico City"), is a known place or country.</summary>
    private bool IsKnownPlace(ReadOnlySpan<char> caps)
    {
        if (caps.Length > 64) return false;
        Span<char> buffer = stackalloc char[caps.Length];
        bool wordStart = true;
        for (int k = 0; k < caps.Length; k++)
        {
            char c = caps[k];
            buffer[k] = wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            wordStart = !char.IsLetter(c);
        }
        return _lexicons.Places.TryGet(buffer, out _) || _lexicons.Countries.TryGetByName(buffer, out _) || _lexicons.Countries.TryGetByCapital(buffer, out _);
    }

        private static bool IsDash(string text, Token t) => t.Kind == TokenKind.Punctuation && text[t.Start] is '-' or '\u2013' or '\u2014';
}
