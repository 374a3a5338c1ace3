using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Finds where an event took place when its clause says so: "in &lt;place&gt;" ("met in Lima", "will be held in
/// Washington, D.C."), "at the &lt;Building&gt;" ("at the National Palace"), and the destination of a visit ("visit to
/// Peru", "visited Lima") or of a trip for talks ("flew to Doha for talks"). A place is a location entity, a country
/// mention, or a capitalized name after "at the".
/// </summary>
internal sealed class LocationAttacher
{
    private const int RightWindow = 14;
    private const int LeftWindow = 8;
    private readonly EventDocument _doc;

    public LocationAttacher(EventDocument doc)
    {
        _doc = doc;
    }

    public void Attach(EventMention em)
    {
        var s = _doc.Sentences[em.Sentence];
        int te = Math.Max(em.TriggerEnd, em.Match.End);
        bool visit = em.Pattern.Frame == ArgumentFrame.Visit;
        // A visit's destination: "visit to Peru", "visited Lima".
        if (visit)
        {
            int k = em.TriggerEnd;
            if (_doc.IsWord(k, "to")) k++;
            else if (em.IsNoun)
            {
                // "the state visit by X to Japan"
                k = -1;
                for (int j = em.TriggerEnd; j < Math.Min(s.EndToken, em.TriggerEnd + 10); j++)
                {
                    if (IsBreak(j) || _doc.IsWord(j, ",")) break;
                    if (_doc.IsWord(j, "to")) { k = j + 1; break; }
                }
            }
            if (k >= 0 && TryPlace(k, s.EndToken, allowCapitalized: false, out var dest))
            {
                em.Location = dest;
                em.Cues.Add("location:destination");
                return;
            }
        }
        // After the trigger, within the clause.
        int limit = Math.Min(s.EndToken, te + RightWindow);
        for (int k = te; k < limit; k++)
        {
            var w = _doc.W(k);
            if (IsBreak(k) || StartsTopic(k)) break;
            bool at = w.Equals("at", StringComparison.OrdinalIgnoreCase);
            if (w.Equals("in", StringComparison.OrdinalIgnoreCase) || at || w.Equals("inside", StringComparison.OrdinalIgnoreCase))
            {
                if (_doc.TimeAt(k) is { } tm) { k = tm.EndToken - 1; continue; }
                if (TryPlace(k + 1, s.EndToken, allowCapitalized: at, out var place))
                {
                    em.Location = place;
                    em.Cues.Add("location:" + w.ToString().ToLowerInvariant());
                    return;
                }
            }
        }
        // "flew to Doha on Monday for talks with …": the destination of the travel verb that governs "for"
        if (em.IsNoun && em.PhraseStart - 1 >= s.FirstToken && _doc.IsWord(em.PhraseStart - 1, "for"))
        {
            for (int k = em.PhraseStart - 2; k > s.FirstToken && k >= em.PhraseStart - 8; k--)
            {
                if (!_doc.IsWord(k, "to") || !ClauseWords.MotionVerbs.Contains(_doc.W(k - 1))) continue;
                if (TryPlace(k + 1, em.PhraseStart - 1, allowCapitalized: false, out var destination))
                {
                    em.Location = destination;
                    em.Cues.Add("location:travel");
                    return;
                }
                break;
            }
        }
                // Before the trigger: "In Lima, the ministers met", "the ministers, in Lima, agreed".
        int floor = Math.Max(s.FirstToken, em.PhraseStart - LeftWindow);
        if (_doc.IsWord(s.FirstToken, "in") || _doc.IsWord(s.FirstToken, "at")) floor = s.FirstToken;
        for (int k = em.PhraseStart - 1; k >= floor; k--)
        {
            if (IsBreak(k)) break;
            if ((_doc.IsWord(k, "and") || _doc.IsWord(k, "but")) && ClauseWords.IsVerbLike(_doc, k + 1)) break;
            var w = _doc.W(k);
            bool at = w.Equals("at", StringComparison.OrdinalIgnoreCase);
            if ((w.Equals("in", StringComparison.OrdinalIgnoreCase) || at) && _doc.TimeAt(k) is null && TryPlace(k + 1, em.PhraseStart, allowCapitalized: at, out var place))
            {
                em.Location = place;
                em.Cues.Add("location:before");
                return;
            }
        }
    }

    private bool IsBreak(int k)
    {
        var w = _doc.W(k);
        return w is ";" or ":" or "\u2014" or "(" || ClauseWords.ReportingVerbs.Contains(w) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
            || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("where", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a place starting at <paramref name="j"/> (after an optional "the").</summary>
    private bool TryPlace(int j, int end, bool allowCapitalized, out EventLocation location)
    {
        location = null!;
        if (_doc.IsWord(j, "the")) j++;
        if (j >= end) return false;
        int mi = _doc.MentionIndexAt(j);
        if (mi >= 0 && _doc.Mentions[mi].FirstToken == j && _doc.Mentions[mi].Kind == MentionKind.Country)
        {
            var m = _doc.Mentions[mi];
            if (IsAdjectival(m.EndToken)) return false;
            int stop = Extend(m.EndToken, end);
            location = new EventLocation { Ref = m.Ref, Text = _doc.TextOf(j, stop), Span = _doc.SpanOf(j, stop), Country = m.Country };
            return true;
        }
        var range = _doc.EntitiesStartingAt(j);
        for (int r = 0; r < range.Count; r++)
        {
            var e = range[r];
            if (e.Type != EntityType.Location || e.EndToken > end || IsAdjectival(e.EndToken)) continue;
            int stop = Extend(e.EndToken, end);
            location = new EventLocation { Ref = e.Id.Length > 0 ? e.Id : null, Text = _doc.TextOf(j, stop), Span = _doc.SpanOf(j, stop), Country = e.Country };
            return true;
        }
        if (mi >= 0 && _doc.Mentions[mi].Kind is MentionKind.Person or MentionKind.Role) return false;
        if (!allowCapitalized) return false;
        // "at the National Palace", "at the White House", "at the Ministry of Foreign Affairs"
        int k = j;
        while (k < end && k - j < 6 && (_doc.Tokens[k].Has(TokenFlags.InitialUpper) || (_doc.IsWord(k, "of") && k > j)) && _doc.TimeAt(k) is null
            && !(_doc.MentionIndexAt(k) >= 0 && _doc.Mentions[_doc.MentionIndexAt(k)].Kind is MentionKind.Person or MentionKind.Role)) k++;
        while (k > j && _doc.IsWord(k - 1, "of")) k--;
        if (k == j) return false;
        var org = _doc.MentionAt(j);
        location = new EventLocation { Ref = org?.Ref, Text = _doc.TextOf(j, k), Span = _doc.SpanOf(j, k), Country = org?.Country };
        return true;
    }

    /// <summary>
    /// True at the start of what the event was about ("to discuss the elections in Juba", "about the situation in Gaza"):
    /// a place named there is the topic's, not the event's.
    /// </summary>
    private bool StartsTopic(int k)
    {
        if (_doc.IsWord(k, "about") || _doc.IsWord(k, "regarding") || _doc.IsWord(k, "concerning")) return true;
        if (!_doc.IsWord(k, "to") || k + 1 >= _doc.Tokens.Count) return false;
        var next = _doc.Tokens[k + 1];
        return next.Kind == TokenKind.Word && next.Has(TokenFlags.AllLower) && !_doc.IsWord(k + 1, "the") && !_doc.IsWord(k + 1, "a") && !_doc.IsWord(k + 1, "an");
    }

    /// <summary>True when the place name only modifies what follows ("U.S.-Mexico relations", "Mexican military presence").</summary>
    private bool IsAdjectival(int next)
    {
        if (next >= _doc.Tokens.Count) return false;
        var t = _doc.Tokens[next];
        var w = _doc.W(next);
        if (w is "-" or "\u2013" or "\u2010" or "'s" or "\u2019s") return true;
        if (t.Kind != TokenKind.Word || _doc.TimeAt(next) is not null) return false;
        if (t.Has(TokenFlags.InitialUpper)) return false;
        if (ClauseWords.IsVerbLike(_doc, next) || ClauseWords.ClauseOpeners.Contains(w) || ClauseWords.FramePrepositions.Contains(w)) return false;
        return !(w is "and" or "or" or "to" or "for" or "with" or "last" or "this" or "next" or "later" or "earlier" or "where" or "together" or "ahead" or "amid" or "today" or "yesterday");
    }

    /// <summary>"Washington, D.C.", "Lima, Peru": a place followed by a comma and a state, abbreviation or country.</summary>
    private int Extend(int stop, int end)
    {
        if (stop + 1 < end && _doc.IsWord(stop, ","))
        {
            int n = stop + 1;
            var t = _doc.Tokens[n];
            if (t.Has(TokenFlags.Abbreviation) && t.Has(TokenFlags.InitialUpper)) return n + 1;
            int mi = _doc.MentionIndexAt(n);
            if (mi >= 0 && _doc.Mentions[mi].Kind == MentionKind.Country && _doc.Mentions[mi].FirstToken == n) return _doc.Mentions[mi].EndToken;
            var loc = _doc.EntityCovering(n, EntityType.Location);
            if (loc is not null && loc.FirstToken == n) return loc.EndToken;
        }
        return stop;
    }
}
