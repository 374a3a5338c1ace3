using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Gives a mention the time expression that governs it: the nearest one in its sentence, preferring one after the
/// trigger within the same clause ("met on Tuesday", "will be held in February", "the January 23 meeting", "On
/// Monday, X met Y"), and never one that dates a reporting verb ("said on Tuesday"), lies across a clause break or
/// another event's trigger, or sits in a relative clause closed before the trigger ("X, who led Peru until 2020, …").
/// </summary>
internal sealed class DateAttacher
{
    private const int MaxScore = 14;
    private readonly EventDocument _doc;

    public DateAttacher(EventDocument doc)
    {
        _doc = doc;
    }

    public void Attach(EventMention em, IReadOnlyList<EventMention> sameSentence)
    {
        var s = _doc.Sentences[em.Sentence];
        int best = -1, bestScore = int.MaxValue;
        var times = _doc.Times;
        for (int i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (t.EndToken <= s.FirstToken || t.FirstToken >= s.EndToken) continue;
            if (t.Expression.Value is null && t.Expression.Granularity == Time.TimeGranularity.Unresolved && !HasText(t)) continue;
            int score = Score(em, t, sameSentence);
            if (score < bestScore) { bestScore = score; best = i; }
        }
        if (best >= 0 && bestScore <= MaxScore)
        {
            em.Date = times[best];
            em.Cues.Add("date:near");
        }
    }

    /// <summary>
    /// True when a time before the trigger sits in a relative clause that a comma closes before the trigger ("X, who
    /// led Peru from 2016 to 2020, criticised the talks").
    /// </summary>
    private bool InClosedRelativeClause(int time, int trigger)
    {
        bool closed = false;
        for (int k = time; k < trigger; k++) closed |= _doc.IsWord(k, ",");
        return closed && _doc.RelativeClauseOpening(time - 1, _doc.Sentences[_doc.SentenceOf(time)].FirstToken, 12) >= 0;
    }

    private static bool HasText(Time.TimeMatch t) => t.Expression.Text.Length > 0;

    private int Score(EventMention em, Time.TimeMatch t, IReadOnlyList<EventMention> sameSentence)
    {
        int ts = em.PhraseStart, te = Math.Max(em.TriggerEnd, em.Match.End);
        if (t.FirstToken >= em.TriggerStart && t.EndToken <= te) return 0; // inside the match ("agreed on Tuesday to …")
        bool after = t.FirstToken >= te;
        if (!after && t.EndToken > ts) return 0; // a modifier inside the noun phrase: "the January 23 meeting"
        int from = after ? te : t.EndToken;
        int to = after ? t.FirstToken : ts;
        if (!after && InClosedRelativeClause(t.FirstToken, to)) return int.MaxValue;
        int score = to - from;
        if (!after) score += 2;
        // A time right after a reporting verb dates the report, not the event.
        int before = t.FirstToken - 1;
        if (before >= 0 && ClauseWords.ReportingVerbs.Contains(_doc.W(before)) && !(before >= em.TriggerStart && before < te)) return int.MaxValue;
        for (int k = from; k < to; k++)
        {
            var w = _doc.W(k);
            var kind = _doc.Tokens[k].Kind;
            if (kind == TokenKind.Punctuation)
            {
                if (w is ";" or ":" or "\u2014" or "(" or ")") return int.MaxValue;
                if (w is "," ) score += 2;
                continue;
            }
            if (w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase)
                || w.Equals("when", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase)) score += 8;
            else if (ClauseWords.ReportingVerbs.Contains(w)) score += 8;
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && k + 1 < to && ClauseWords.IsVerbLike(_doc, k + 1)) score += 8;
            else if (after && w.Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < to && _doc.Tokens[k + 1].Kind == TokenKind.Word && _doc.MentionIndexAt(k + 1) < 0
                && !_doc.IsWord(k + 1, "the") && !_doc.IsWord(k + 1, "a")) score += 8; // an infinitive: the time dates its complement
        }
        // The complement of "agreed to …" is dated by its own verb.
        if (after && em.Pattern.Type == EventType.Agreement && em.Match.End > em.TriggerEnd && _doc.IsWord(em.Match.End - 1, "to")) score += 8;
        if (score < 0) score = 0;
        // Another event's trigger sits between: the time is more likely its own.
        foreach (var other in sameSentence)
        {
            if (ReferenceEquals(other, em) || other.Pattern.Type == em.Pattern.Type && other.TriggerStart == em.TriggerStart) continue;
            if (other.TriggerStart >= from && other.TriggerStart < to) score += 6;
        }
        return score;
    }
}
