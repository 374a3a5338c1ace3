using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Decides whether a mention reports an event that occurred, is planned, proposed, negated, hypothetical or only
/// claimed, from the words that govern the trigger in its clause: auxiliaries and modals ("will meet", "could sign"),
/// negation ("did not meet", "no agreement"), control verbs ("agreed to convene", "refused to meet", "offered to
/// host", "hopes to visit"), modifiers of a noun trigger ("the upcoming talks", "a proposed summit"), what follows a
/// noun trigger ("the meeting will be held", "the visit was cancelled"), headline infinitives ("Ministers to meet in
/// Lima"), hearsay ("reportedly met") and a future date. The cue that decided is recorded for <see cref="Event.Rule"/>.
/// </summary>
internal sealed class StatusClassifier
{
    private const int LeftWindow = 9;
    private readonly EventDocument _doc;

    public StatusClassifier(EventDocument doc)
    {
        _doc = doc;
    }

    public void Classify(EventMention em)
    {
        var s = _doc.Sentences[em.Sentence];
        int sf = s.FirstToken, se = s.EndToken;
        var (status, cue) = Decide(em, sf, se);
        if (status == EventStatus.Occurred && em.Date is { } d && d.Expression.IsFuture)
        {
            status = EventStatus.Planned;
            cue = "future-date";
        }
        em.Status = status;
        em.Cues.Add("status:" + cue);
    }

    private (EventStatus, string) Decide(EventMention em, int sf, int se)
    {
        // Words inside the noun phrase: "the upcoming talks", "no agreement", "a possible meeting", "the previous call".
        if (em.IsNoun)
        {
            for (int k = em.TriggerStart - 1; k >= em.PhraseStart; k--)
            {
                var w = _doc.W(k);
                if (w.Equals("no", StringComparison.OrdinalIgnoreCase)) return (EventStatus.Negated, "no");
                if (Is(w, "upcoming", "planned", "scheduled", "forthcoming", "next", "future", "expected", "coming", "anticipated", "prospective", "follow-up"))
                    return (EventStatus.Planned, w.ToString().ToLowerInvariant());
                if (Is(w, "proposed", "requested", "suggested", "mooted")) return (EventStatus.Proposed, w.ToString().ToLowerInvariant());
                if (Is(w, "possible", "potential", "hypothetical", "would-be", "eventual", "rumored", "rumoured")) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
                if (Is(w, "alleged", "reported", "purported", "secret")) return (EventStatus.Reported, w.ToString().ToLowerInvariant());
                if (Is(w, "previous", "recent", "earlier", "last", "past", "latest", "prior")) return (EventStatus.Occurred, w.ToString().ToLowerInvariant());
                if (Is(w, "canceled", "cancelled", "scrapped", "aborted")) return (EventStatus.Negated, w.ToString().ToLowerInvariant());
            }
        }

        // What follows a noun trigger: "the meeting will be held", "the visit was cancelled", "talks could resume".
        if (em.IsNoun)
        {
            var right = RightOfNoun(em, se);
            if (right.Status is { } rs) return (rs, right.Cue);
        }

        // The chain to the left of the verb, or of the governing verb of the noun phrase.
        int anchor = em.IsNoun ? em.PhraseStart : em.TriggerStart;
        var left = LeftChain(anchor, sf);
        if (left.Status is { } ls) return (ls, left.Cue);
        return (EventStatus.Occurred, em.IsNoun ? "default" : "tense");
    }

    /// <summary>Reads leftwards from <paramref name="anchor"/> over the verb chain: modals, negation, control verbs, light verbs.</summary>
    private (EventStatus? Status, string Cue) LeftChain(int anchor, int sf)
    {
        int stop = Math.Max(sf, anchor - LeftWindow);
        bool sawTo = false;
        for (int k = anchor - 1; k >= stop; k--)
        {
            var t = _doc.Tokens[k];
            var w = _doc.W(k);
            if (_doc.TimeAt(k) is { } tm)
            {
                k = tm.FirstToken;
                continue;
            }
            if (t.Kind == TokenKind.Punctuation)
            {
                if (w is "," && k == anchor - 1) break;
                if (w is ";" or ":" or "\u2014" or "\u201C" or "\"" or "(" or ",") break;
                continue;
            }
            if (_doc.MentionIndexAt(k) >= 0 && !sawTo) break; // the subject: the chain is over
            if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase)
                || w.Equals("no", StringComparison.OrdinalIgnoreCase) || w.Equals("without", StringComparison.OrdinalIgnoreCase))
                return (EventStatus.Negated, w.ToString().ToLowerInvariant());
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                sawTo = true;
                var control = ControlStatus(k - 1, sf);
                if (control.Status is not null) return control;
                continue;
            }
            if (Is(w, "will", "'ll", "shall", "wo")) return (EventStatus.Planned, "will");
            if (Is(w, "would")) return (HasConditional(sf, anchor) ? EventStatus.Hypothetical : EventStatus.Planned, "would");
            if (Is(w, "could", "might", "may", "can", "should", "must")) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (Is(w, "if", "unless", "whether")) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (Is(w, "reportedly", "allegedly", "purportedly", "supposedly")) return (EventStatus.Reported, w.ToString().ToLowerInvariant());
            if (Is(w, "upcoming", "planned", "scheduled", "forthcoming")) return (EventStatus.Planned, w.ToString().ToLowerInvariant());
            if (Is(w, "proposed", "propose", "proposes", "urged", "urge", "urges", "sought", "seeks", "demanded", "demands", "requested", "requests", "suggested", "suggests", "pushed", "pushing", "pressed", "pressing", "called", "calls", "calling"))
            {
                // "called for talks", "pressed for a summit"
                return (EventStatus.Proposed, w.ToString().ToLowerInvariant());
            }
            if (Is(w, "canceled", "cancelled", "cancel", "cancels", "scrapped", "refused", "rejected", "declined", "ruled")) return (EventStatus.Negated, w.ToString().ToLowerInvariant());
            if (Is(w, "postponed", "delayed", "rescheduled")) return (EventStatus.Planned, w.ToString().ToLowerInvariant());
            if (Is(w, "said", "says", "told", "announced", "added", "stated", "that", "which", "who", "and", "but", "while", "after", "before", "as")) break;
        }
        // Headline infinitive: "Ministers to meet in Lima" (a subject, then "to").
        if (anchor - 1 >= sf && _doc.IsWord(anchor - 1, "to"))
        {
            int k = anchor - 2;
            if (k < sf || _doc.MentionIndexAt(k) >= 0 || ClauseWords.PluralPersonNouns.Contains(_doc.W(k))) return (EventStatus.Planned, "headline-to");
        }
        return (null, string.Empty);
    }

    /// <summary>The status a verb taking an infinitive gives its complement ("agreed to", "refused to", "offered to", "hopes to").</summary>
    private (EventStatus? Status, string Cue) ControlStatus(int k, int sf)
    {
        while (k >= sf && (IsAdverbWord(k) || _doc.IsWord(k, "also") || _doc.IsWord(k, "jointly"))) k--;
        if (k < sf) return (EventStatus.Planned, "to");
        // A headline infinitive right after its subject: "Brazil, Argentina to hold talks".
        if (_doc.MentionIndexAt(k) >= 0 || ClauseWords.PluralPersonNouns.Contains(_doc.W(k)))
        {
            // "urged X to hold talks", "invited X to visit": the verb before the object decides.
            var group = new List<int>();
            int start = k;
            if (_doc.MentionIndexAt(k) >= 0 && CoordinationReader.ReadLeft(_doc, k, sf, MentionKind.Any, group, out int gs)) start = gs;
            else start = Math.Max(sf, k - 3);
            int v = start - 1;
            if (v >= sf)
            {
                var vw = _doc.W(v);
                string c = vw.ToString().ToLowerInvariant() + "-object-to";
                if (Is(vw, "urged", "urge", "urges", "asked", "ask", "asks", "invited", "invite", "invites", "pressed", "pressing", "called", "requested", "encouraged", "encourage", "challenged", "told"))
                    return (EventStatus.Proposed, c);
                if (Is(vw, "allowed", "authorized", "authorised", "expected", "expect", "expects", "want", "wants", "wanted")) return (EventStatus.Hypothetical, c);
                if (Is(vw, "on") && v - 1 >= sf && Is(_doc.W(v - 1), "called", "calls", "call")) return (EventStatus.Proposed, "called-on-to");
            }
            if (start <= sf || _doc.Tokens[start - 1].Kind == TokenKind.Punctuation) return (EventStatus.Planned, "headline-to");
            return (null, string.Empty);
        }
        var w = _doc.W(k);
        string cue = w.ToString().ToLowerInvariant() + "-to";
        if (Is(w, "refused", "refuse", "refuses", "declined", "decline", "declines", "failed", "fail", "fails", "unable")) return (EventStatus.Negated, cue);
        if (Is(w, "offered", "offer", "offers", "proposed", "propose", "proposes", "invited", "invite", "invites", "urged", "urge", "urges", "asked", "ask", "asks", "called", "requested", "pressed", "pushed", "suggested"))
            return (EventStatus.Proposed, cue);
        if (Is(w, "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wish", "wishes", "wished", "seek", "seeks", "sought", "seeking", "try", "tries", "tried", "trying", "aim", "aims", "aimed", "aiming", "like", "willing", "ready", "eager", "keen", "open", "considering", "consider", "considered", "able", "could", "might", "may"))
            return (EventStatus.Hypothetical, cue);
        if (Is(w, "agreed", "agree", "agrees", "decided", "decide", "decides", "plans", "plan", "planned", "planning", "scheduled", "set", "due", "expected", "expects", "going", "arranged",
            "prepared", "preparing", "prepares", "intends", "intend", "intended", "promised", "pledged", "vowed", "committed", "is", "are", "was", "were", "slated", "poised", "likely", "resolved", "undertook"))
            return (EventStatus.Planned, cue);
        return (null, string.Empty);
    }

    private (EventStatus? Status, string Cue) RightOfNoun(EventMention em, int se)
    {
        int i = Math.Max(em.TriggerEnd, em.Match.End);
        int limit = Math.Min(se, i + 10);
        bool skippedPhrase = false;
        for (int k = i; k < limit; k++)
        {
            var t = _doc.Tokens[k];
            var w = _doc.W(k);
            if (_doc.TimeAt(k) is { } tm) { k = tm.EndToken - 1; continue; }
            if (t.Kind == TokenKind.Punctuation)
            {
                if (w is ";" or ":" or "\u2014" or "." or "(") break;
                continue;
            }
            if (Is(w, "will", "'ll", "shall")) return (EventStatus.Planned, "will");
            if (Is(w, "would") && !skippedPhrase) return (EventStatus.Planned, "would");
            if (Is(w, "could", "might", "may")) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (Is(w, "is", "are", "was", "were", "has", "have", "had", "been", "be"))
            {
                var n = k + 1 < se ? _doc.W(k + 1) : ReadOnlySpan<char>.Empty;
                if (Is(n, "scheduled", "set", "due", "expected", "planned", "slated", "to")) return (EventStatus.Planned, n.ToString().ToLowerInvariant());
                if (Is(n, "canceled", "cancelled", "called", "scrapped", "aborted", "abandoned")) return (EventStatus.Negated, n.ToString().ToLowerInvariant());
                if (Is(n, "postponed", "delayed", "rescheduled")) return (EventStatus.Planned, n.ToString().ToLowerInvariant());
                if (Is(n, "not", "n't", "never")) return (EventStatus.Negated, "not");
                return (null, string.Empty);
            }
            if (Is(w, "did", "does") && Is(k + 1 < se ? _doc.W(k + 1) : default, "not", "n't")) return (EventStatus.Negated, "not");
            if (Is(w, "never")) return (EventStatus.Negated, "never");
            if (ClauseWords.IsVerbLike(_doc, k) && !Is(w, "held", "released", "issued", "signed", "attended", "hosted", "chaired", "between", "agreed", "reached")) return (null, string.Empty);
            skippedPhrase = true;
        }
        return (null, string.Empty);
    }

    private bool HasConditional(int sf, int anchor)
    {
        for (int k = sf; k < anchor; k++)
        {
            if (_doc.IsWord(k, "if") || _doc.IsWord(k, "unless")) return true;
        }
        return false;
    }

    private bool IsAdverbWord(int k)
    {
        var t = _doc.Tokens[k];
        var w = _doc.W(k);
        return t.Pos is PartOfSpeech.RB || (t.Pos == PartOfSpeech.None && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !t.Has(TokenFlags.InitialUpper));
    }

    private static bool Is(ReadOnlySpan<char> w, params string[] words)
    {
        foreach (var x in words)
        {
            if (w.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
