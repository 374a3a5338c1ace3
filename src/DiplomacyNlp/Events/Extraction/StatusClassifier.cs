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
        // A governing negation or cancellation outranks what the noun phrase says ("cancelled a planned visit").
        var governing = LeftChain(em.IsNoun ? em.PhraseStart : em.TriggerStart, sf);
        if (governing.Status == EventStatus.Negated) return (EventStatus.Negated, governing.Cue);
        // Words inside the noun phrase: "the upcoming talks", "no agreement", "a possible meeting", "the previous call".
        if (em.IsNoun)
        {
            for (int k = em.TriggerStart - 1; k >= em.PhraseStart; k--)
            {
                var w = _doc.W(k);
                if (w.Equals("no", StringComparison.OrdinalIgnoreCase)) return (EventStatus.Negated, "no");
                if (In(w, NounPlannedWords))
                    return (EventStatus.Planned, w.ToString().ToLowerInvariant());
                if (In(w, NounProposedWords)) return (EventStatus.Proposed, w.ToString().ToLowerInvariant());
                if (In(w, NounHypotheticalWords)) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
                if (In(w, NounReportedWords)) return (EventStatus.Reported, w.ToString().ToLowerInvariant());
                if (In(w, NounPastWords)) return (EventStatus.Occurred, w.ToString().ToLowerInvariant());
                if (In(w, NounCancelledWords)) return (EventStatus.Negated, w.ToString().ToLowerInvariant());
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
            if (In(w, WillWords)) return (EventStatus.Planned, "will");
            if (In(w, WouldWords)) return (HasConditional(sf, anchor) ? EventStatus.Hypothetical : EventStatus.Planned, "would");
            if (In(w, ModalWords)) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (In(w, ConditionWords)) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (In(w, HearsayWords)) return (EventStatus.Reported, w.ToString().ToLowerInvariant());
            if (In(w, ScheduleWords)) return (EventStatus.Planned, w.ToString().ToLowerInvariant());
            if (In(w, ProposalVerbs))
            {
                // "called for talks", "pressed for a summit"
                return (EventStatus.Proposed, w.ToString().ToLowerInvariant());
            }
            if (In(w, CancelVerbs)) return (EventStatus.Negated, w.ToString().ToLowerInvariant());
            if (In(w, PostponeVerbs)) return (EventStatus.Planned, w.ToString().ToLowerInvariant());
            if (In(w, ChainBreakers)) break;
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
                if (In(vw, ObjectProposalVerbs))
                    return (EventStatus.Proposed, c);
                if (In(vw, ObjectHypotheticalVerbs)) return (EventStatus.Hypothetical, c);
                if (In(vw, OnWord) && v - 1 >= sf && In(_doc.W(v - 1), CallWords)) return (EventStatus.Proposed, "called-on-to");
            }
            if (start <= sf || _doc.Tokens[start - 1].Kind == TokenKind.Punctuation) return (EventStatus.Planned, "headline-to");
            return (null, string.Empty);
        }
        var w = _doc.W(k);
        string cue = w.ToString().ToLowerInvariant() + "-to";
        // Nouns that take an infinitive: "an invitation to meet", "plans to visit", "efforts to reach a deal".
        if (In(w, ProposalNouns)) return (EventStatus.Proposed, cue);
        if (In(w, PlanNouns)) return (EventStatus.Planned, cue);
        if (In(w, AttemptNouns)) return (EventStatus.Hypothetical, cue);
        if (In(w, NegativeControlVerbs)) return (EventStatus.Negated, cue);
        if (In(w, ProposalControlVerbs))
            return (EventStatus.Proposed, cue);
        if (In(w, HypotheticalControlVerbs))
            return (EventStatus.Hypothetical, cue);
        if (In(w, PlannedControlVerbs))
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
            if (In(w, RightWillWords)) return (EventStatus.Planned, "will");
            if (In(w, WouldWords) && !skippedPhrase) return (EventStatus.Planned, "would");
            if (In(w, RightModalWords)) return (EventStatus.Hypothetical, w.ToString().ToLowerInvariant());
            if (In(w, BeHaveWords))
            {
                var n = k + 1 < se ? _doc.W(k + 1) : ReadOnlySpan<char>.Empty;
                if (In(n, ScheduledWords)) return (EventStatus.Planned, n.ToString().ToLowerInvariant());
                if (In(n, CancelledWords)) return (EventStatus.Negated, n.ToString().ToLowerInvariant());
                if (In(n, PostponeVerbs)) return (EventStatus.Planned, n.ToString().ToLowerInvariant());
                if (In(n, NotNeverWords)) return (EventStatus.Negated, "not");
                return (null, string.Empty);
            }
            if (In(w, DidDoesWords) && In(k + 1 < se ? _doc.W(k + 1) : default, NotWords)) return (EventStatus.Negated, "not");
            if (In(w, NeverWords)) return (EventStatus.Negated, "never");
            if (ClauseWords.IsVerbLike(_doc, k) && !In(w, ReportVerbsAfterNoun)) return (null, string.Empty);
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

    private static bool In(ReadOnlySpan<char> w, SpanStringSet words) => words.Contains(w);

    private static readonly SpanStringSet ProposalNouns = new(["invitation", "invitations", "offer", "offers", "proposal", "proposals", "request", "requests", "call", "calls", "appeal", "demand", "demands", "suggestion"], ignoreCase: true);

    private static readonly SpanStringSet PlanNouns = new(["plan", "plans", "decision", "agreement", "schedule", "arrangements", "preparations"], ignoreCase: true);

    private static readonly SpanStringSet AttemptNouns = new(["bid", "attempt", "attempts", "effort", "efforts", "willingness", "readiness", "desire", "hope", "hopes", "chance", "opportunity"], ignoreCase: true);

    private static readonly SpanStringSet NounPlannedWords = new(["upcoming", "planned", "scheduled", "forthcoming", "next", "future", "expected", "coming", "anticipated", "prospective", "follow-up"], ignoreCase: true);

    private static readonly SpanStringSet NounProposedWords = new(["proposed", "requested", "suggested", "mooted"], ignoreCase: true);

    private static readonly SpanStringSet NounHypotheticalWords = new(["possible", "potential", "hypothetical", "would-be", "eventual", "rumored", "rumoured"], ignoreCase: true);

    private static readonly SpanStringSet NounReportedWords = new(["alleged", "reported", "purported", "secret"], ignoreCase: true);

    private static readonly SpanStringSet NounPastWords = new(["previous", "recent", "earlier", "last", "past", "latest", "prior"], ignoreCase: true);

    private static readonly SpanStringSet NounCancelledWords = new(["canceled", "cancelled", "scrapped", "aborted"], ignoreCase: true);

    private static readonly SpanStringSet WillWords = new(["will", "'ll", "shall", "wo"], ignoreCase: true);

    private static readonly SpanStringSet WouldWords = new(["would"], ignoreCase: true);

    private static readonly SpanStringSet ModalWords = new(["could", "might", "may", "can", "should", "must"], ignoreCase: true);

    private static readonly SpanStringSet ConditionWords = new(["if", "unless", "whether"], ignoreCase: true);

    private static readonly SpanStringSet HearsayWords = new(["reportedly", "allegedly", "purportedly", "supposedly"], ignoreCase: true);

    private static readonly SpanStringSet ScheduleWords = new(["upcoming", "planned", "scheduled", "forthcoming"], ignoreCase: true);

    private static readonly SpanStringSet ProposalVerbs = new(["offers", "offered", "offer", "invitation", "invitations", "proposals", "proposal", "proposed", "propose", "proposes", "urged", "urge", "urges", "sought", "seeks", "demanded", "demands", "requested", "requests", "suggested", "suggests", "pushed", "pushing", "pressed", "pressing", "called", "calls", "calling"], ignoreCase: true);

    private static readonly SpanStringSet CancelVerbs = new(["canceled", "cancelled", "cancel", "cancels", "scrapped", "refused", "rejected", "declined", "ruled"], ignoreCase: true);

    private static readonly SpanStringSet PostponeVerbs = new(["postponed", "delayed", "rescheduled"], ignoreCase: true);

    private static readonly SpanStringSet ChainBreakers = new(["said", "says", "told", "announced", "added", "stated", "that", "which", "who", "and", "but", "while", "after", "before", "as"], ignoreCase: true);

    private static readonly SpanStringSet ObjectProposalVerbs = new(["urged", "urge", "urges", "asked", "ask", "asks", "invited", "invite", "invites", "pressed", "pressing", "called", "requested", "encouraged", "encourage", "challenged", "told"], ignoreCase: true);

    private static readonly SpanStringSet ObjectHypotheticalVerbs = new(["allowed", "authorized", "authorised", "expected", "expect", "expects", "want", "wants", "wanted"], ignoreCase: true);

    private static readonly SpanStringSet OnWord = new(["on"], ignoreCase: true);

    private static readonly SpanStringSet CallWords = new(["called", "calls", "call"], ignoreCase: true);

    private static readonly SpanStringSet NegativeControlVerbs = new(["refused", "refuse", "refuses", "declined", "decline", "declines", "failed", "fail", "fails", "unable"], ignoreCase: true);

    private static readonly SpanStringSet ProposalControlVerbs = new(["offered", "offer", "offers", "proposed", "propose", "proposes", "invited", "invite", "invites", "urged", "urge", "urges", "asked", "ask", "asks", "called", "requested", "pressed", "pushed", "suggested"], ignoreCase: true);

    private static readonly SpanStringSet HypotheticalControlVerbs = new(["hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wish", "wishes", "wished", "seek", "seeks", "sought", "seeking", "try", "tries", "tried", "trying", "aim", "aims", "aimed", "aiming", "like", "willing", "ready", "eager", "keen", "open", "considering", "consider", "considered", "able", "could", "might", "may"], ignoreCase: true);

    private static readonly SpanStringSet PlannedControlVerbs = new(["agreed", "agree", "agrees", "decided", "decide", "decides", "plans", "plan", "planned", "planning", "scheduled", "set", "due", "expected", "expects", "going", "arranged",
            "prepared", "preparing", "prepares", "intends", "intend", "intended", "promised", "pledged", "vowed", "committed", "is", "are", "was", "were", "slated", "poised", "likely", "resolved", "undertook"], ignoreCase: true);

    private static readonly SpanStringSet RightWillWords = new(["will", "'ll", "shall"], ignoreCase: true);

    private static readonly SpanStringSet RightModalWords = new(["could", "might", "may"], ignoreCase: true);

    private static readonly SpanStringSet BeHaveWords = new(["is", "are", "was", "were", "has", "have", "had", "been", "be"], ignoreCase: true);

    private static readonly SpanStringSet ScheduledWords = new(["scheduled", "set", "due", "expected", "planned", "slated", "to"], ignoreCase: true);

    private static readonly SpanStringSet CancelledWords = new(["canceled", "cancelled", "called", "scrapped", "aborted", "abandoned"], ignoreCase: true);

    private static readonly SpanStringSet NotNeverWords = new(["not", "n't", "never"], ignoreCase: true);

    private static readonly SpanStringSet DidDoesWords = new(["did", "does"], ignoreCase: true);

    private static readonly SpanStringSet NotWords = new(["not", "n't"], ignoreCase: true);

    private static readonly SpanStringSet NeverWords = new(["never"], ignoreCase: true);

    private static readonly SpanStringSet ReportVerbsAfterNoun = new(["held", "released", "issued", "signed", "attended", "hosted", "chaired", "between", "agreed", "reached"], ignoreCase: true);

}
