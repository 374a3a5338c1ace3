using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Resolves the references to parties that event arguments often use instead of names: plural pronouns ("they",
/// "we"), plural descriptions ("the two ministers", "both leaders", "the Secretaries", "both governments") and singular
/// pronouns ("he", "she"). Plural references take the participants of the latest event mentioned just before, or the
/// distinct people (or countries) of the nearest preceding sentence that names at least two; pronouns take the nearest
/// person before them. Pronouns look only within their paragraph (<see cref="EventDocument.ParagraphOf"/>); plural
/// references within their paragraph and the one before it (news paragraphs are short: "Canada and Australia said …"
/// then "Officials from both countries will meet …"); a title noun ("the Secretaries") may look further back, to
/// people whose title has that word.
/// </summary>
internal static class AnaphoraResolver
{
    private const int SentencesBack = 3;

    /// <summary>
    /// True when a plural reference ends at token <paramref name="last"/>; <paramref name="start"/> is its first token
    /// and <paramref name="countries"/> tells whether it denotes countries ("both governments") rather than people.
    /// </summary>
    public static bool IsPluralReference(EventDocument doc, int last, int floor, out int start, out bool countries, out bool firstPerson)
    {
        start = last;
        countries = false;
        firstPerson = false;
        if (last < floor || doc.Tokens[last].Kind != TokenKind.Word) return false;
        var w = doc.W(last);
        if (w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase))
        {
            firstPerson = true;
            return true;
        }
        if (w.Equals("both", StringComparison.OrdinalIgnoreCase) && !doc.IsWord(last + 1, "of")) return true;
        if (!ClauseWords.PluralPersonNouns.Contains(w)) return false;
        countries = ClauseWords.CountryNouns.Contains(w);
        // "the two (foreign) ministers", "both leaders", "the Secretaries", "the two sides"
        int k = last - 1;
        int adjectives = 0;
        while (k >= floor && adjectives < 3 && doc.Tokens[k].Kind == TokenKind.Word && !IsDeterminerOfReference(doc, k) && doc.MentionIndexAt(k) < 0 && !ClauseWords.IsVerbLike(doc, k))
        {
            k--;
            adjectives++;
        }
        if (k < floor || !IsDeterminerOfReference(doc, k)) return false;
        start = k;
        if (doc.IsWord(k, "two") && doc.IsWord(k - 1, "the")) start = k - 1;
        return true;
    }

    private static bool IsDeterminerOfReference(EventDocument doc, int k) =>
        doc.IsWord(k, "the") || doc.IsWord(k, "both") || doc.IsWord(k, "two") || doc.IsWord(k, "these") || doc.IsWord(k, "those") || doc.IsWord(k, "all");

    /// <summary>
    /// True when token <paramref name="i"/> is a singular personal pronoun ("he", "she", "his", "her"), or "it" (which
    /// <see cref="ResolveSingular"/> reads as an organization or country of the same sentence).
    /// </summary>
    public static bool IsSingularPronoun(EventDocument doc, int i) =>
        doc.IsWord(i, "he") || doc.IsWord(i, "she") || doc.IsWord(i, "his") || doc.IsWord(i, "her") || doc.IsWord(i, "him") || doc.IsWord(i, "it");

    /// <summary>The parties a plural reference at token <paramref name="position"/> stands for (empty when unresolved).</summary>
    public static List<ArgumentCandidate> ResolvePlural(EventDocument doc, int position, bool countries, bool firstPerson, IReadOnlyList<EventMention> earlier)
    {
        var result = new List<ArgumentCandidate>();
        int sentence = doc.SentenceOf(position);
        int paragraph = doc.ParagraphOf(sentence);
        // 0. "the Secretaries", "the two ministers": the latest people whose title has that word.
        if (TitleNoun(doc, position) is { } title)
        {
            int floorSentence = Math.Max(0, sentence - 8);
            for (int i = position - 1; i >= doc.Sentences[floorSentence].FirstToken && result.Count < 2; i--)
            {
                int mi = doc.MentionIndexAt(i);
                if (mi < 0) continue;
                var m = doc.Mentions[mi];
                i = m.FirstToken;
                if (m.Kind != MentionKind.Person || result.Exists(r => r.Key == m.Key)) continue;
                if (doc.TitleOf(m).Contains(title, StringComparison.OrdinalIgnoreCase)) result.Add(ArgumentCandidate.From(m, ArgumentRole.Participant));
            }
            if (result.Count >= 2) return result;
            result.Clear();
        }
        // 1. The latest earlier event close by, with two or more parties (one is enough for "we": the speaker is unnamed).
        for (int e = earlier.Count - 1; e >= 0; e--)
        {
            var m = earlier[e];
            if (m.Sentence < sentence - SentencesBack || doc.ParagraphOf(m.Sentence) < paragraph - 1) break;
            if (m.TriggerStart >= position) continue;
            int named = 0;
            foreach (var p in m.Participants)
            {
                if (Fits(p.Kind, countries)) named++;
            }
            if (named >= 2 || (firstPerson && named >= 1 && m.Sentence == sentence))
            {
                foreach (var p in m.Participants)
                {
                    if (Fits(p.Kind, countries)) result.Add(p with { Role = ArgumentRole.Participant });
                }
                return result;
            }
            if (!countries && named == 0)
            {
                // "the two ministers" after "the foreign ministers of Ghana and Togo": the countries they represent.
                foreach (var p in m.Participants)
                {
                    if (p.Kind == MentionKind.Country) result.Add(p with { Role = ArgumentRole.Participant });
                }
                if (result.Count >= 2) return result;
                result.Clear();
            }
            if (countries && named == 0)
            {
                // "both governments" after an event between people: their countries.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in m.Participants)
                {
                    if (p.Country is not null && seen.Add(p.Country)) result.Add(new ArgumentCandidate("country:" + p.Country, null, p.Country, p.Country, ArgumentRole.Participant, p.Span, MentionKind.Country));
                }
                if (result.Count >= 2) return result;
                result.Clear();
            }
        }
        if (firstPerson) return result;
        // 2. The distinct people (or countries) of the nearest sentence before that names two or more.
        for (int s = sentence; s >= 0 && s >= sentence - SentencesBack && doc.ParagraphOf(s) >= paragraph - 1; s--)
        {
            var sent = doc.Sentences[s];
            int end = s == sentence ? Math.Min(position, sent.EndToken) : sent.EndToken;
            var keys = new List<ArgumentCandidate>();
            for (int i = sent.FirstToken; i < end; i++)
            {
                int mi = doc.MentionIndexAt(i);
                if (mi < 0) continue;
                var m = doc.Mentions[mi];
                i = m.EndToken - 1;
                if (!Fits(m.Kind, countries)) continue;
                bool dup = false;
                foreach (var k in keys) dup |= k.Key == m.Key;
                if (!dup) keys.Add(ArgumentCandidate.From(m, ArgumentRole.Participant));
            }
            if (keys.Count >= 2)
            {
                result.AddRange(keys);
                return result;
            }
        }
        return result;
    }

    /// <summary>
    /// The speaker of the quotation that contains token <paramref name="position"/>: the name next to the reporting verb
    /// after the closing quote ("… ,” Foreign Minister Ana Ruiz said" or "… ,” said Ana Ruiz"), or null.
    /// </summary>
    public static ArgumentCandidate? QuoteSpeaker(EventDocument doc, int position)
    {
        int sentence = doc.SentenceOf(position);
        if (sentence < 0) return null;
        var s = doc.Sentences[sentence];
        bool open = false;
        for (int k = s.FirstToken; k < position; k++)
        {
            var w = doc.W(k);
            if (w is "\u201C") open = true;
            else if (w is "\u201D") open = false;
            else if (w is "\"") open = !open;
        }
        if (!open) return null;
        int close = position;
        while (close < s.EndToken && !(doc.W(close) is "\u201D" or "\"")) close++;
        int k2 = close + 1;
        if (doc.IsWord(k2, ",")) k2++;
        var found = new List<int>();
        if (ClauseWords.ReportingVerbs.Contains(doc.W(Math.Min(k2, doc.Tokens.Count - 1))))
        {
            if (CoordinationReader.ReadRight(doc, k2 + 1, s.EndToken, MentionKind.Person | MentionKind.Role, found, out _)) return ArgumentCandidate.From(doc.Mentions[found[0]], ArgumentRole.Participant);
            return null;
        }
        if (CoordinationReader.ReadRight(doc, k2, s.EndToken, MentionKind.Person | MentionKind.Role, found, out int end) && ClauseWords.ReportingVerbs.Contains(doc.W(Math.Min(end, doc.Tokens.Count - 1))))
            return ArgumentCandidate.From(doc.Mentions[found[0]], ArgumentRole.Participant);
        return null;
    }

    /// <summary>
    /// The party a singular pronoun at <paramref name="position"/> most likely stands for: for "it", the nearest
    /// organization or country before it in its sentence; otherwise the latest person named before it, within two
    /// sentences of its paragraph.
    /// </summary>
    public static ArgumentCandidate? ResolveSingular(EventDocument doc, int position)
    {
        int sentence = doc.SentenceOf(position);
        if (doc.IsWord(position, "it"))
        {
            // "The ministry said it had designated …": the nearest organization or country before it in the sentence
            for (int i = position - 1; i >= doc.Sentences[sentence].FirstToken; i--)
            {
                int mi = doc.MentionIndexAt(i);
                if (mi < 0) continue;
                var m = doc.Mentions[mi];
                if (m.Kind is MentionKind.Organization or MentionKind.Country) return ArgumentCandidate.From(m, ArgumentRole.Participant);
                i = m.FirstToken;
            }
            return null;
        }
        int first = Math.Max(0, sentence - 2);
        while (first < sentence && doc.ParagraphOf(first) != doc.ParagraphOf(sentence)) first++;
        int floor = doc.Sentences[first].FirstToken;
        for (int i = position - 1; i >= floor; i--)
        {
            int mi = doc.MentionIndexAt(i);
            if (mi < 0) continue;
            var m = doc.Mentions[mi];
            if (m.Kind is MentionKind.Person) return ArgumentCandidate.From(m, ArgumentRole.Participant);
            i = m.FirstToken;
        }
        return null;
    }

    /// <summary>The singular title word of a plural reference headed at <paramref name="head"/> ("secretary" for "the Secretaries"), or null.</summary>
    private static string? TitleNoun(EventDocument doc, int head)
    {
        var w = doc.W(head);
        foreach (var (plural, singular) in TitlePlurals)
        {
            if (w.Equals(plural, StringComparison.OrdinalIgnoreCase)) return singular;
        }
        return null;
    }

    private static readonly (string Plural, string Singular)[] TitlePlurals =
    [
        ("secretaries", "secretary"), ("ministers", "minister"), ("presidents", "president"), ("ambassadors", "ambassador"), ("envoys", "envoy"),
        ("chancellors", "chancellor"), ("premiers", "premier"), ("diplomats", "diplomat"),
    ];

    private static bool Fits(MentionKind kind, bool countries) =>
        countries ? kind == MentionKind.Country : kind is MentionKind.Person or MentionKind.Role or MentionKind.Organization;
}
