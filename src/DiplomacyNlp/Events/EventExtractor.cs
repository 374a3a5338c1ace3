using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Extracts typed events from an <see cref="EventDocument"/> with a set of event patterns:
/// <list type="number">
/// <item>pre-filter: a hashed lookup of every word in the trigger index; sentences with no trigger word cost one lookup per token;</item>
/// <item>match the patterns anchored at each trigger word; where triggers overlap, the higher priority (then the longer trigger) wins;</item>
/// <item>read arguments, date, place and status around each trigger (<see cref="ArgumentAttacher"/>, <see cref="DateAttacher"/>,
/// <see cref="LocationAttacher"/>, <see cref="StatusClassifier"/>);</item>
/// <item>merge mentions of the same event across the document and code them (<see cref="EventMerger"/>, <see cref="EventCoder"/>).</item>
/// </list>
/// Thread-safe: all per-document state lives in the call.
/// </summary>
public sealed class EventExtractor
{
    /// <summary>Creates an extractor for <paramref name="patterns"/> (default: the built-in patterns).</summary>
    public EventExtractor(EventPatternSet? patterns = null)
    {
        Patterns = patterns ?? EventPatternSet.Default;
    }

    /// <summary>The shared extractor with the built-in patterns.</summary>
    public static EventExtractor Default { get; } = new();

    /// <summary>The pattern set.</summary>
    public EventPatternSet Patterns { get; }

    /// <summary>True when some token of the text is a trigger word (a cheap test before building an <see cref="EventDocument"/>).</summary>
    public bool MayContainEvents(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var index = Patterns.Index;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            if (index.Find(t.AsSpan(text)) is not null) return true;
        }
        return false;
    }

    /// <summary>Extracts the events of <paramref name="document"/>, in text order, with ids "ev1", "ev2", ….</summary>
    public IReadOnlyList<Event> Extract(EventDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var attacher = new ArgumentAttacher(document);
        var dates = new DateAttacher(document);
        var places = new LocationAttacher(document);
        var status = new StatusClassifier(document);
        var all = new List<EventMention>();
        // Per-call scratch reused across sentences: the matches found, their priority order and the mentions kept.
        var found = new List<Candidate>();
        var order = new List<Candidate>();
        var kept = new List<EventMention>();
        var index = Patterns.Index;
        var patterns = Patterns.Patterns;
        var tokens = document.Tokens;
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            if ((si & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            var s = document.Sentences[si];
            found.Clear();
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                var ids = index.Find(document.W(t));
                if (ids is null) continue;
                foreach (int id in ids)
                {
                    var p = patterns[id];
                    var match = p.Pattern.TryMatchAt(document, t, s.FirstToken, s.EndToken);
                    if (match is not null) found.Add(new Candidate(p, match));
                }
            }
            if (found.Count == 0) continue;
            ResolveOverlaps(found, order, kept, si);
            foreach (var em in kept)
            {
                attacher.Attach(em, all);
                dates.Attach(em, kept);
                places.Attach(em);
                status.Classify(em);
                MarkMeetIntent(document, em);
                // A generic or habitual mention ("hold meetings regularly") reports no event unless it names its parties.
                if (em.IsGeneric && (em.Participants.Count == 0 || IsHabitual(document, em))) continue;
                // "They agree with X that …" in the present tense states an opinion, not the outcome of a negotiation.
                if (em.Pattern.Name is "agreement.agree-that" or "agreement.agree-with-that" && (document.IsWord(em.TriggerStart, "agree") || document.IsWord(em.TriggerStart, "agrees"))) continue;
                all.Add(em);
            }
        }
        if (all.Count == 0) return Array.Empty<Event>();
        return new EventMerger(document).Merge(all);
    }

    /// <summary>
    /// Keeps, among matches whose triggers overlap, the one with the higher priority, then the longer trigger, then the
    /// longer match, and fills <paramref name="kept"/> with their mentions in text order (only kept matches become mentions).
    /// </summary>
    private static void ResolveOverlaps(List<Candidate> found, List<Candidate> order, List<EventMention> kept, int sentence)
    {
        order.Clear();
        order.AddRange(found);
        order.Sort(static (a, b) =>
        {
            int c = b.Pattern.Priority.CompareTo(a.Pattern.Priority);
            if (c != 0) return c;
            c = (b.TriggerEnd - b.TriggerStart).CompareTo(a.TriggerEnd - a.TriggerStart);
            if (c != 0) return c;
            return (b.Match.End - b.Match.Start).CompareTo(a.Match.End - a.Match.Start);
        });
        kept.Clear();
        foreach (var m in order)
        {
            bool clash = false;
            foreach (var k in kept)
            {
                if (m.TriggerStart < k.TriggerEnd && k.TriggerStart < m.TriggerEnd) { clash = true; break; }
            }
            if (!clash) kept.Add(new EventMention(m.Pattern, m.Match, sentence));
        }
        kept.Sort(static (a, b) => a.TriggerStart.CompareTo(b.TriggerStart));
    }

    /// <summary>A pattern match at a trigger word, before overlapping triggers are resolved.</summary>
    private readonly struct Candidate
    {
        public Candidate(EventPattern pattern, Patterns.PatternMatch match)
        {
            Pattern = pattern;
            Match = match;
            (TriggerStart, TriggerEnd) = match.Trigger;
        }

        public EventPattern Pattern { get; }

        public Patterns.PatternMatch Match { get; }

        public int TriggerStart { get; }

        public int TriggerEnd { get; }
    }

    /// <summary>A habitual frame around a mention: "regularly", "on a regular basis", "every year", "annually".</summary>
    private static bool IsHabitual(EventDocument doc, EventMention em)
    {
        var s = doc.Sentences[em.Sentence];
        for (int k = Math.Max(s.FirstToken, em.TriggerStart - 6); k < Math.Min(s.EndToken, em.TriggerEnd + 8); k++)
        {
            var w = doc.W(k);
            if (w.Equals("regularly", StringComparison.OrdinalIgnoreCase) || w.Equals("regular", StringComparison.OrdinalIgnoreCase) || w.Equals("annually", StringComparison.OrdinalIgnoreCase)
                || w.Equals("routinely", StringComparison.OrdinalIgnoreCase) || w.Equals("often", StringComparison.OrdinalIgnoreCase) || w.Equals("periodically", StringComparison.OrdinalIgnoreCase)
                || w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("frequently", StringComparison.OrdinalIgnoreCase) || w.Equals("usually", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>"agreed to meet / convene / hold talks": a commitment to meet (CAMEO 036).</summary>
    private static void MarkMeetIntent(EventDocument doc, EventMention em)
    {
        if (em.Pattern.Type != EventType.Agreement || em.Kind != nameof(AgreementKind.Commitment)) return;
        int k = em.Match.End;
        if (k < doc.Tokens.Count)
        {
            var w = doc.W(k);
            if (w.Equals("meet", StringComparison.OrdinalIgnoreCase) || w.Equals("convene", StringComparison.OrdinalIgnoreCase) || w.Equals("visit", StringComparison.OrdinalIgnoreCase)
                || w.Equals("host", StringComparison.OrdinalIgnoreCase) || (w.Equals("hold", StringComparison.OrdinalIgnoreCase) && (doc.IsWord(k + 1, "talks") || doc.IsWord(k + 2, "talks") || doc.IsWord(k + 2, "meeting") || doc.IsWord(k + 3, "meeting"))))
            {
                em.Cues.Add("meet-intent");
            }
        }
    }
}
