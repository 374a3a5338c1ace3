using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events;

/// <summary>
/// Finds the participants of an event mention around its trigger, without a parser:
/// <list type="bullet">
/// <item>named slots of the pattern (Actor, Counterpart, Visitor, Host, Signatory, Designator, Designee, Convener, Participant);</item>
/// <item>for a verb, its subject (coordinations split, titles and appositives skipped, relative pronouns followed to their antecedent,
/// an elided subject carried over from the first clause: "… met in Lima and agreed to …", references such as "they" or
/// "the two ministers" resolved), its object, and its "with", "between", "by" and "to" phrases;</item>
/// <item>for a noun, its modifiers ("Whitmore's visit", "the U.S.-Mexico talks"), its "with", "between", "of", "by" phrases,
/// the subject of a governing verb ("held talks", "issued a joint statement") or of the main clause after a fronted
/// phrase ("During the meeting, X said …").</item>
/// </list>
/// Roles follow the pattern's <see cref="ArgumentFrame"/>. Stateless apart from the document.
/// </summary>
internal sealed class ArgumentAttacher
{
    private readonly EventDocument _doc;
    private readonly List<int> _group = new();

    public ArgumentAttacher(EventDocument doc)
    {
        _doc = doc;
    }

    public void Attach(EventMention em, IReadOnlyList<EventMention> earlier)
    {
        var s = _doc.Sentences[em.Sentence];
        int sf = s.FirstToken, se = s.EndToken;
        AttachCaptures(em);
        DecideForm(em, sf);
        var frame = em.Pattern.Frame;
        if (em.IsNoun) AttachNoun(em, sf, se, frame, earlier);
        else AttachVerb(em, sf, se, frame, earlier);
        if (em.Pattern.Type == EventType.Designation) FixDesignationRoles(em);
    }

    // ---------------------------------------------------------------- captures

    private void AttachCaptures(EventMention em)
    {
        foreach (var (name, start, end) in em.Match.Captures)
        {
            switch (name)
            {
                case "Trigger":
                case "Date":
                case "Place":
                case "Location":
                    continue;
                case "Category":
                    em.Category = CleanPhrase(start, end);
                    continue;
            }
            var role = RoleOfSlot(name, em.Pattern.Frame);
            bool any = false;
            for (int i = start; i < end; i++)
            {
                int mi = _doc.MentionIndexAt(i);
                if (mi < 0) continue;
                var m = _doc.Mentions[mi];
                if (!InsideTitleOf(m, end))
                {
                    em.AddParticipant(ArgumentCandidate.From(m, role));
                    any = true;
                }
                i = m.EndToken - 1;
            }
            if (!any && end > start && role is ArgumentRole.Designee or ArgumentRole.Designator)
            {
                string text = CleanPhrase(start, end);
                if (text.Length > 0) em.AddParticipant(new ArgumentCandidate(PhraseKey(text), null, text, CountryOfPhrase(start, end), role, SpanOfClean(start, end), MentionKind.None));
            }
            em.Cues.Add("slot:" + name);
        }
    }

    /// <summary>
    /// True when a country mention only modifies a later name inside the capture: a title ("U.S." in "U.S. Secretary of
    /// State Ana Ruiz"), or, for a demonym, the descriptor of a named organization ("Haitian" in "the Haitian gang
    /// coalition Red Dawn").
    /// </summary>
    private bool InsideTitleOf(ParticipantMention m, int end)
    {
        if (m.Kind != MentionKind.Country) return false;
        // "the Omani Ambassador": the country qualifies the role right after it
        int direct = _doc.MentionIndexAt(m.EndToken);
        if (m.EndToken < end && direct >= 0 && _doc.Mentions[direct].Kind == MentionKind.Role && _doc.Mentions[direct].FirstToken == m.EndToken) return true;
        int next = CoordinationReader.SkipTitlesRight(_doc, m.EndToken, end);
        int mi = _doc.MentionIndexAt(next);
        if (next > m.EndToken && mi >= 0 && _doc.Mentions[mi].Kind is MentionKind.Person or MentionKind.Role) return true;
        if (m.EndToken - m.FirstToken != 1 || _doc.EntityCovering(m.FirstToken, EntityType.Nationality) is null) return false;
        // a demonym, lowercase descriptor words, then an organization or a person
        int k = m.EndToken;
        while (k < end && k - m.EndToken < 4 && _doc.MentionIndexAt(k) < 0 && _doc.Tokens[k].Kind == TokenKind.Word && _doc.Tokens[k].Has(TokenFlags.AllLower)) k++;
        int after = _doc.MentionIndexAt(k);
        return k > m.EndToken && k < end && after >= 0 && _doc.Mentions[after].Kind is MentionKind.Organization or MentionKind.Person;
    }

    private static ArgumentRole RoleOfSlot(string name, ArgumentFrame frame) => name switch
    {
        "Actor" or "Subject" => SubjectRole(frame),
        "Counterpart" or "Object" => ObjectRole(frame),
        "Visitor" => ArgumentRole.Visitor,
        "Host" => ArgumentRole.Host,
        "Signatory" => ArgumentRole.Signatory,
        "Designator" => ArgumentRole.Designator,
        "Designee" => ArgumentRole.Designee,
        "Convener" => ArgumentRole.Convener,
        _ => frame == ArgumentFrame.Agreement ? ArgumentRole.Signatory : ArgumentRole.Participant,
    };

    private static ArgumentRole SubjectRole(ArgumentFrame frame) => frame switch
    {
        ArgumentFrame.Visit => ArgumentRole.Visitor,
        ArgumentFrame.Host => ArgumentRole.Host,
        ArgumentFrame.Convene => ArgumentRole.Convener,
        ArgumentFrame.Agreement => ArgumentRole.Signatory,
        ArgumentFrame.Designation => ArgumentRole.Designator,
        _ => ArgumentRole.Participant,
    };

    private static ArgumentRole ObjectRole(ArgumentFrame frame) => frame switch
    {
        ArgumentFrame.Visit => ArgumentRole.Host,
        ArgumentFrame.Host => ArgumentRole.Visitor,
        ArgumentFrame.Agreement => ArgumentRole.Signatory,
        ArgumentFrame.Designation => ArgumentRole.Designee,
        _ => ArgumentRole.Participant,
    };

    // ---------------------------------------------------------------- form

    private void DecideForm(EventMention em, int sf)
    {
        int ts = em.TriggerStart;
        bool noun = em.Pattern.Form switch
        {
            TriggerForm.Noun => true,
            TriggerForm.Verb => false,
            _ => TaggedForm(ts) ?? LooksLikeNoun(ts, sf),
        };
        em.IsNoun = noun;
        em.PhraseStart = noun ? NounPhraseStart(ts, sf) : ts;
        if (!noun) em.IsPassive = IsPassive(ts, sf);
        if (noun)
        {
            int d = em.PhraseStart;
            em.IsDefinite = _doc.IsWord(d, "the") || _doc.IsWord(d, "this") || _doc.IsWord(d, "that") || _doc.IsWord(d, "these") || _doc.IsWord(d, "those");
            // A bare plural with no determiner is generic ("hold meetings regularly").
            var w = _doc.W(em.TriggerEnd - 1);
            em.IsGeneric = d == ts && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.Equals("talks", StringComparison.OrdinalIgnoreCase)
                && !_doc.IsCoveredBy(ts - 1, EntityType.Organization) && !(ts - 1 >= sf && _doc.Tokens[ts - 1].Has(TokenFlags.InitialUpper) && ts - 1 != sf);
        }
    }

    /// <summary>The form the part-of-speech tag gives a one-word trigger (verb tags, noun tags), or null when untagged.</summary>
    private bool? TaggedForm(int ts)
    {
        var pos = _doc.Tokens[ts].Pos;
        return pos switch
        {
            PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VBG => IsGerundNoun(ts) ? true : false,
            PartOfSpeech.NN or PartOfSpeech.NNS => true,
            _ => null,
        };
    }

    /// <summary>A gerund used as a noun after a determiner or possessive ("the meeting", "their meeting").</summary>
    private bool IsGerundNoun(int ts)
    {
        if (_doc.Tokens[ts].Pos != PartOfSpeech.VBG || ts == 0) return false;
        var w = _doc.W(ts - 1);
        return ClauseWords.Determiners.Contains(w) || IsPossessiveMarker(w);
    }

    private bool LooksLikeNoun(int ts, int sf)
    {
        int k = ts - 1;
        if (k < sf) return _doc.Tokens[ts].Has(TokenFlags.InitialUpper) && !IsVerbShaped(ts) ? false : false;
        var w = _doc.W(k);
        if (IsPossessiveMarker(w)) return true;
        if (w.Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        if (ClauseWords.VerbFillers.Contains(w) && !ClauseWords.Determiners.Contains(w)) return false;
        if (ClauseWords.Determiners.Contains(w) || w.Equals("'s", StringComparison.OrdinalIgnoreCase) || w.Equals("\u2019s", StringComparison.OrdinalIgnoreCase)) return true;
        if (ClauseWords.LightVerbs.Contains(w)) return true;
        if (ClauseWords.FramePrepositions.Contains(w) || w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)) return true;
        var t = _doc.Tokens[k];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Pos is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.CD or PartOfSpeech.PRPS or PartOfSpeech.POS or PartOfSpeech.DT) return true;
        if (_doc.MentionIndexAt(k) >= 0 && _doc.Mentions[_doc.MentionIndexAt(k)].Kind == MentionKind.Country) return true; // "the U.S.-Mexico visit"
        if (t.Pos == PartOfSpeech.None && IsModifierShaped(k)) return true;
        return false;
    }

    private bool IsVerbShaped(int i) => ClauseWords.IsVerbLike(_doc, i);

    /// <summary>Adjective-like shapes before a noun trigger: "official", "two-day", "high-level", "bilateral", "state".</summary>
    private bool IsModifierShaped(int k)
    {
        var w = _doc.W(k);
        if (w.IndexOf('-') > 0) return true;
        if (w.EndsWith("al", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ial", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ic", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("ive", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ary", StringComparison.OrdinalIgnoreCase)) return true;
        return w is "state" or "working" or "recent" or "first" or "second" or "surprise" or "closed-door" or "private" or "brief" or "lengthy" or "cordial" or "latest"
            or "planned" or "upcoming" or "scheduled" or "previous" or "last" or "next" or "key" or "joint" or "phone" or "video" or "security" or "trade" or "peace";
    }

    /// <summary>The first token of the noun phrase headed by the trigger (its determiner or first modifier).</summary>
    private int NounPhraseStart(int ts, int sf)
    {
        int k = ts - 1;
        int start = ts;
        int steps = 0;
        while (k >= sf && steps < 10)
        {
            var t = _doc.Tokens[k];
            var w = _doc.W(k);
            if (ClauseWords.Determiners.Contains(w) && !w.Equals("last", StringComparison.OrdinalIgnoreCase) && !w.Equals("next", StringComparison.OrdinalIgnoreCase) && !w.Equals("first", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("new", StringComparison.OrdinalIgnoreCase) && !w.Equals("recent", StringComparison.OrdinalIgnoreCase) && !w.Equals("previous", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("latest", StringComparison.OrdinalIgnoreCase) && !w.Equals("further", StringComparison.OrdinalIgnoreCase) && !w.Equals("two", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("three", StringComparison.OrdinalIgnoreCase) && !w.Equals("several", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
            if (t.Kind == TokenKind.Punctuation && !(w is "-" or "\u2013" or "\u2010")) break;
            if (IsPossessiveMarker(w) && k - 1 >= sf && _doc.Tokens[k - 1].Kind == TokenKind.Word)
            {
                start = k;
                k--;
                steps++;
                continue;
            }
            if (ClauseWords.FramePrepositions.Contains(w) || ClauseWords.ClauseOpeners.Contains(w) || w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
                || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("with", StringComparison.OrdinalIgnoreCase)) break;
            if (ClauseWords.LightVerbs.Contains(w) || ClauseWords.VerbFillers.Contains(w) && !ClauseWords.Determiners.Contains(w)) break;
            if (ClauseWords.IsVerbLike(_doc, k) && _doc.MentionIndexAt(k) < 0 && !IsModifierShaped(k) && t.Pos is not (PartOfSpeech.JJ or PartOfSpeech.VBN)) break;
            int mi = _doc.MentionIndexAt(k);
            if (mi >= 0)
            {
                k = _doc.Mentions[mi].FirstToken;
                start = k;
                k--;
                steps++;
                continue;
            }
            start = k;
            k--;
            steps++;
        }
        return start;
    }

    private static bool IsPossessiveMarker(ReadOnlySpan<char> w) => w is "'s" or "\u2019s" or "'" or "\u2019" or "'S" or "\u2019S";

    private bool IsPassive(int ts, int sf)
    {
        var w = _doc.W(ts);
        bool participle = _doc.Tokens[ts].Pos == PartOfSpeech.VBN || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w is "held" or "met" or "chosen" or "sworn" or "struck" or "named" or "seen" or "led" or "put";
        if (!participle) return false;
        int k = ts - 1;
        while (k >= sf && IsAdverb(k)) k--;
        if (k < sf) return false;
        var b = _doc.W(k);
        if (b is "was" or "were" or "is" or "are" or "been" or "being" or "be" or "Was" or "Were" or "Is" or "Are" or "Been" or "Be") return true;
        // A reduced relative after a name: "Ana Ruiz, confirmed as envoy in May, …"
        return b is "," && k - 1 >= sf && _doc.MentionIndexAt(k - 1) >= 0 && _doc.Mentions[_doc.MentionIndexAt(k - 1)].EndToken == k;
    }

    /// <summary>A headline: a line that does not end with sentence punctuation.</summary>
    private bool IsHeadline(int sentence)
    {
        var s = _doc.Sentences[sentence];
        var w = _doc.W(s.EndToken - 1);
        return !(w is "." or "!" or "?" or "\"" or "\u201D" or ":" or ")" or "'");
    }

    private bool IsAdverb(int i)
    {
        var t = _doc.Tokens[i];
        if (t.Kind != TokenKind.Word) return false;
        if (t.Pos is PartOfSpeech.RB or PartOfSpeech.RBR or PartOfSpeech.RBS) return true;
        var w = _doc.W(i);
        if (w is "also" or "then" or "later" or "jointly" or "again" or "already" or "formally" or "officially" or "finally" or "not" or "n't" or "never" or "just" or "both" or "first" or "once" or "still" or "yet" or "even" or "only" or "now" or "soon")
            return true;
        return t.Pos == PartOfSpeech.None && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !t.Has(TokenFlags.InitialUpper)
            && w is not ("family" or "rally" or "ally" or "supply" or "reply" or "apply" or "early" or "holy" or "italy" or "assembly" or "anomaly" or "monopoly");
    }

    // ---------------------------------------------------------------- verbs

    private void AttachVerb(EventMention em, int sf, int se, ArgumentFrame frame, IReadOnlyList<EventMention> earlier)
    {
        int ts = em.TriggerStart;
        // "the visiting Saudi crown prince", "against visiting Minister X": an adjective naming the visitor that follows.
        if (frame == ArgumentFrame.Visit && _doc.IsWord(ts, "visiting") && (ts == sf || ClauseWords.Determiners.Contains(_doc.W(ts - 1))
            || ClauseWords.FramePrepositions.Contains(_doc.W(ts - 1)) || _doc.IsWord(ts - 1, "against") || _doc.IsWord(ts - 1, "with") || _doc.IsWord(ts - 1, "to")))
        {
            if (ReadRight(em, ts + 1, se, ArgumentRole.Visitor, "visiting", out _)) return;
        }
        var subjectRole = em.IsPassive ? PassiveSubjectRole(frame) : SubjectRole(frame);
        if (!HasSlotRole(em, subjectRole) || frame == ArgumentFrame.Symmetric || frame == ArgumentFrame.Agreement)
        {
            // "… said after meeting X": a gerund after a preposition takes the subject of the verb before it.
            int p = ts - 1;
            if (p >= sf && _doc.Tokens[ts].Pos == PartOfSpeech.VBG && _doc.W(p) is "after" or "before" or "while" or "since" or "upon" or "on" or "following" or "when" or "by")
            {
                int v = p - 1;
                int limit = Math.Max(sf, p - 12);
                while (v >= limit && !ClauseWords.IsVerbLike(_doc, v)) v--;
                if (v >= limit) AttachSubject(em, v, sf, subjectRole, earlier, "subject:gerund");
            }
            else
            {
                AttachSubject(em, ts, sf, subjectRole, earlier, "subject");
            }
        }
        int from = frame is ArgumentFrame.Agreement or ArgumentFrame.Designation ? em.Match.End : em.TriggerEnd;
        AttachRight(em, from, se, frame, verb: true);
        // "The envoy was declared persona non grata": a passive designee without a name is the noun phrase before the verb.
        if (frame == ArgumentFrame.Designation && em.IsPassive && !HasRole(em, ArgumentRole.Designee)) AttachSubjectPhrase(em, ts, sf);
    }

    /// <summary>The unnamed noun phrase before a passive verb ("The envoy was declared …") as a raw designee.</summary>
    private void AttachSubjectPhrase(EventMention em, int ts, int sf)
    {
        int end = ts;
        while (end - 1 >= sf && (ClauseWords.VerbFillers.Contains(_doc.W(end - 1)) || IsAdverb(end - 1))) end--;
        int start = end;
        while (start - 1 >= sf && end - start < 6 && _doc.Tokens[start - 1].Kind == TokenKind.Word && !ClauseWords.IsVerbLike(_doc, start - 1)
            && !ClauseWords.ClauseOpeners.Contains(_doc.W(start - 1)) && !ClauseWords.FramePrepositions.Contains(_doc.W(start - 1))) start--;
        if (start >= end) return;
        string text = CleanPhrase(start, end);
        if (text.Length == 0) return;
        em.AddParticipant(new ArgumentCandidate(PhraseKey(text), null, text, CountryOfPhrase(start, end), ArgumentRole.Designee, SpanOfClean(start, end), MentionKind.None));
        em.Cues.Add("subject:phrase");
    }

    private static ArgumentRole PassiveSubjectRole(ArgumentFrame frame) => frame switch
    {
        ArgumentFrame.Visit => ArgumentRole.Host,
        ArgumentFrame.Host => ArgumentRole.Visitor,
        ArgumentFrame.Designation => ArgumentRole.Designee,
        ArgumentFrame.Agreement => ArgumentRole.Signatory,
        _ => ArgumentRole.Participant,
    };

    private static bool HasSlotRole(EventMention em, ArgumentRole role)
    {
        foreach (var p in em.Participants)
        {
            if (p.Role == role) return true;
        }
        return false;
    }

    /// <summary>
    /// For a verb right after "to" that follows "travel/fly/go/arrive … [to Place] [time]" in the same clause (at most
    /// eight tokens back, no punctuation in between): the travel verb's index; otherwise -1.
    /// </summary>
    private int MotionVerbOfPurposeClause(int verb, int sf)
    {
        if (verb - 1 < sf || !_doc.IsWord(verb - 1, "to")) return -1;
        for (int k = verb - 2; k >= sf && k >= verb - 10; k--)
        {
            var t = _doc.Tokens[k];
            if (t.Kind == TokenKind.Punctuation) return -1;
            if (ClauseWords.MotionVerbs.Contains(_doc.W(k))) return k;
        }
        return -1;
    }

    /// <summary>Finds the subject of the verb at <paramref name="verb"/> and adds it with <paramref name="role"/>.</summary>
    private bool AttachSubject(EventMention em, int verb, int sf, ArgumentRole role, IReadOnlyList<EventMention> earlier, string cue)
    {
        // "Ortiz will fly to Lima next week to meet …": the purpose clause's subject is the travel verb's
        if (MotionVerbOfPurposeClause(verb, sf) is int motion and >= 0) return AttachSubject(em, motion, sf, role, earlier, cue + ":purpose");
        int i = verb - 1;
        bool crossedTo = false;
        while (i >= sf)
        {
            var w = _doc.W(i);
            if (ClauseWords.VerbFillers.Contains(w) || IsAdverb(i) || _doc.TimeAt(i) is not null)
            {
                if (w.Equals("to", StringComparison.OrdinalIgnoreCase)) crossedTo = true;
                i--;
                continue;
            }
            // "Vega, who governed until 2020, met …": a relative clause between commas
            if (w is "," && _doc.RelativeClauseOpening(i - 1, sf, 15) is int rel and >= 0) { i = rel - 1; continue; }
            // "Whitmore, on Tuesday, met …": a parenthetical time between commas
            if (w is "," && i - 1 >= sf && _doc.TimeAt(i - 1) is not null) { i--; continue; }
            // "the Andean Trade Union (ATU) signed …": an acronym in parentheses after the subject
            if (w is ")" && i - 2 >= sf && _doc.IsWord(i - 2, "(")) { i -= 3; continue; }
            // "the group, which will meet", "the envoys who met"
            if (w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) && !crossedTo)
            {
                int a = i - 1;
                if (_doc.IsWord(a, ",")) a--;
                if (a >= sf && ReadGroupLeft(a, sf))
                {
                    AddGroup(em, role, cue + ":relative");
                    return true;
                }
                return false;
            }
            break;
        }
        if (i < sf) return false;
        i = PersonBeforeCountryQualifier(i, sf);
        if (ReadGroupLeft(i, sf))
        {
            // A headline coordinates with a comma: "Lindqvist, Tanabe hold phone call".
            int first = _doc.Mentions[_group[^1]].FirstToken;
            int before = CoordinationReader.SkipTitlesLeft(_doc, first - 1, sf);
            if (IsHeadline(em.Sentence) && _doc.IsWord(before, ",") && before - 1 >= sf && _doc.MentionIndexAt(before - 1) >= 0)
            {
                var head = _doc.Mentions[_doc.MentionIndexAt(before - 1)];
                if (CoordinationReader.SkipTitlesLeft(_doc, head.FirstToken - 1, sf) < sf) _group.Add(_doc.MentionIndexAt(before - 1));
            }
            AddGroup(em, role, cue);
            return true;
        }
        // "Ethiopian authorities struck a deal", "Chilean officials met …": a nationality and a collective noun stand for the country.
        if (NationalCollective(i, sf) is { } country)
        {
            em.AddParticipant(country with { Role = role });
            em.Cues.Add(cue + ":nationality");
            return true;
        }
        // "The two presidents, Oskar Lindqvist and Mateo Ferreira, talked …": the names in apposition before the verb.
        if (_doc.IsWord(i, ",") && i - 1 >= sf && _doc.MentionIndexAt(i - 1) >= 0 && ReadGroupLeft(i - 1, sf))
        {
            AddGroup(em, role, cue + ":apposition");
            return true;
        }
        if (AnaphoraResolver.IsPluralReference(_doc, i, sf, out _, out bool countries, out bool firstPerson))
        {
            var resolved = AnaphoraResolver.ResolvePlural(_doc, i, countries, firstPerson, earlier);
            if (firstPerson && AnaphoraResolver.QuoteSpeaker(_doc, i) is { } speaker && !resolved.Exists(r => r.Key == speaker.Key)) resolved.Add(speaker);
            if (resolved.Count == 0 && countries) resolved = AnaphoraResolver.ResolvePlural(_doc, i, false, firstPerson, earlier);
            foreach (var r in resolved) em.AddParticipant(r with { Role = role });
            if (resolved.Count > 0) em.Cues.Add(cue + (firstPerson ? ":we" : ":reference"));
            return resolved.Count > 0;
        }
        if (AnaphoraResolver.IsSingularPronoun(_doc, i))
        {
            if (AnaphoraResolver.ResolveSingular(_doc, i) is { } r)
            {
                em.AddParticipant(r with { Role = role });
                em.Cues.Add(cue + ":pronoun");
                return true;
            }
            return false;
        }
        // "… met in Lima and agreed to …": the subject of the first clause carries over.
        if (_doc.IsWord(i, "and") || _doc.IsWord(i, "but") || _doc.IsWord(i, ","))
        {
            if (FirstSubject(sf, i, out var found, out int reference))
            {
                foreach (int mi in found) em.AddParticipant(ArgumentCandidate.From(_doc.Mentions[mi], role));
                em.Cues.Add(cue + ":elided");
                return true;
            }
            if (reference >= 0 && AnaphoraResolver.IsPluralReference(_doc, reference, sf, out _, out bool c2, out bool f2))
            {
                var resolved = AnaphoraResolver.ResolvePlural(_doc, reference, c2, f2, earlier);
                if (resolved.Count == 0 && c2) resolved = AnaphoraResolver.ResolvePlural(_doc, reference, false, f2, earlier);
                foreach (var r in resolved) em.AddParticipant(r with { Role = role });
                if (resolved.Count > 0) em.Cues.Add(cue + ":elided-reference");
                return resolved.Count > 0;
            }
        }
        return false;
    }

    /// <summary>
    /// "Prime Minister Paul Obi of Nigeria met …": when the subject ends in "of" + a country right after a person, the
    /// country qualifies the person, and the subject is the person (the token returned is the person's last). Otherwise
    /// <paramref name="i"/> itself.
    /// </summary>
    private int PersonBeforeCountryQualifier(int i, int sf)
    {
        int c = _doc.MentionIndexAt(i);
        if (c < 0 || _doc.Mentions[c].Kind != MentionKind.Country || _doc.Mentions[c].EndToken != i + 1) return i;
        int of = _doc.Mentions[c].FirstToken - 1;
        if (of - 1 < sf || !_doc.IsWord(of, "of")) return i;
        int p = _doc.MentionIndexAt(of - 1);
        return p >= 0 && _doc.Mentions[p].Kind == MentionKind.Person ? of - 1 : i;
    }

    /// <summary>Verbs that take an event noun after "for": "gathered for talks", "arrived for a meeting".</summary>
    private static readonly SpanStringSet GatherVerbs = new(
        ["gather", "gathers", "gathered", "gathering", "arrive", "arrives", "arrived", "arriving", "met", "meet", "meets", "sat", "sit", "sits", "convened", "convene", "travelled", "traveled", "flew"],
        ignoreCase: true);

    /// <summary>
    /// The gathering or travel verb that governs "for" at <paramref name="forIndex"/>: right before it, or before a
    /// destination ("to Doha", "Seoul") and a time ("next week") of at most six tokens; -1 when there is none.
    /// </summary>
    private int GoverningVerbBeforeFor(int forIndex, int sf)
    {
        for (int k = forIndex - 1; k >= sf && k >= forIndex - 7; k--)
        {
            var w = _doc.W(k);
            if (GatherVerbs.Contains(w) || ClauseWords.MotionVerbs.Contains(w)) return k;
            var t = _doc.Tokens[k];
            bool skippable = _doc.TimeAt(k) is not null || _doc.MentionIndexAt(k) >= 0 || _doc.EntityCovering(k, EntityType.Location) is not null
                || (t.Kind == TokenKind.Word && t.Has(TokenFlags.InitialUpper) && k > sf) || _doc.IsWord(k, "to") || _doc.IsWord(k, "in") || _doc.IsWord(k, "the");
            if (!skippable) return -1;
        }
        return -1;
    }

        private static readonly SpanStringSet CollectiveNouns = new(
        ["authorities", "officials", "government", "leaders", "negotiators", "diplomats", "ministers", "delegation", "delegates", "envoys", "forces", "troops", "lawmakers", "counterparts", "representatives"],
        ignoreCase: true);

    /// <summary>A country standing behind "Ethiopian authorities" (a nationality right before a collective noun ending at <paramref name="i"/>), or null.</summary>
    private ArgumentCandidate? NationalCollective(int i, int sf)
    {
        if (!CollectiveNouns.Contains(_doc.W(i)) || i - 1 < sf) return null;
        var nat = _doc.EntityCovering(i - 1, EntityType.Nationality);
        if (nat?.Country is not { } code) return null;
        foreach (var m in _doc.Mentions)
        {
            if (m.Kind == MentionKind.Country && string.Equals(m.Country, code, StringComparison.OrdinalIgnoreCase))
                return new ArgumentCandidate(m.Key, m.Ref, m.Name, code, ArgumentRole.Participant, nat.Span, MentionKind.Country);
        }
        return new ArgumentCandidate("country:" + code, null, nat.Canonical ?? nat.Text, code, ArgumentRole.Participant, nat.Span, MentionKind.Country);
    }

    /// <summary>Reads a coordinated group ending at <paramref name="last"/> into the scratch list.</summary>
    private bool ReadGroupLeft(int last, int floor)
    {
        _group.Clear();
        if (last < floor) return false;
        // A possessive or plain mention: "Whitmore and de la Vega", "the United States and Mexico"
        return CoordinationReader.ReadLeft(_doc, last, floor, MentionKind.Any, _group, out _);
    }

    private void AddGroup(EventMention em, ArgumentRole role, string cue)
    {
        for (int k = _group.Count - 1; k >= 0; k--) em.AddParticipant(ArgumentCandidate.From(_doc.Mentions[_group[k]], role));
        em.Cues.Add(cue);
    }

    /// <summary>The subject of the sentence's first clause (after a fronted phrase), used for elided subjects.</summary>
    private bool FirstSubject(int sf, int before, out List<int> found, out int reference)
    {
        found = new List<int>();
        reference = -1;
        int j = sf;
        if (ClauseWords.FramePrepositions.Contains(_doc.W(j)) || IsAdverb(j) || _doc.TimeAt(j) is not null)
        {
            int k = j;
            while (k < before && !_doc.IsWord(k, ",")) k++;
            if (k >= before) return false;
            j = k + 1;
        }
        if (!CoordinationReader.ReadRight(_doc, j, before, MentionKind.Any, found, out int end))
        {
            // "During the call, both leaders condemned … and agreed …": a reference as the first subject.
            for (int k = j; k < before && k - j < 4; k++)
            {
                if (AnaphoraResolver.IsPluralReference(_doc, k, j, out int start, out _, out _) && start == j) { reference = k; break; }
            }
            return false;
        }
        // The group must be followed by its verb.
        int v = end;
        while (v < before && (IsAdverb(v) || ClauseWords.VerbFillers.Contains(_doc.W(v)) || _doc.TimeAt(v) is not null)) v++;
        return v < before && (ClauseWords.IsVerbLike(_doc, v) || _doc.Tokens[v].Kind == TokenKind.Word && !_doc.Tokens[v].Has(TokenFlags.InitialUpper));
    }

    // ---------------------------------------------------------------- right side

    /// <summary>Objects and prepositional phrases after the trigger: "with X", "between X and Y", "by X", "to X", "of X", a direct object.</summary>
    private void AttachRight(EventMention em, int from, int se, ArgumentFrame frame, bool verb)
    {
        int i = from;
        int steps = 0;
        bool first = true;
        while (i < se && steps < 16)
        {
            steps++;
            var w = _doc.W(i);
            if (w.Equals("with", StringComparison.OrdinalIgnoreCase) || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("alongside", StringComparison.OrdinalIgnoreCase))
            {
                var role = frame switch
                {
                    ArgumentFrame.Visit => ArgumentRole.Host,
                    ArgumentFrame.Host => ArgumentRole.Visitor,
                    ArgumentFrame.Agreement => ArgumentRole.Signatory,
                    ArgumentFrame.Designation => ArgumentRole.Designator,
                    _ => ArgumentRole.Participant,
                };
                if (ReadRight(em, i + 1, se, role, w.ToString().ToLowerInvariant(), out int end)) { i = end; first = false; continue; }
                if (TryReference(em, i + 1, se, role, out end)) { i = end; first = false; continue; }
                break;
            }
            if (w.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // "received by X", "a statement released by X", "was designated by X"
                var role = frame switch
                {
                    ArgumentFrame.Visit => em.IsNoun ? ArgumentRole.Visitor : ArgumentRole.Visitor,
                    ArgumentFrame.Host => ArgumentRole.Host,
                    ArgumentFrame.Agreement => ArgumentRole.Signatory,
                    ArgumentFrame.Designation => ArgumentRole.Designator,
                    _ => ArgumentRole.Participant,
                };
                if (_doc.IsWord(i + 1, "phone") || _doc.IsWord(i + 1, "telephone") || _doc.IsWord(i + 1, "video")) { i += 2; continue; }
                if (ReadRight(em, i + 1, se, role, "by", out int end)) { i = end; first = false; continue; }
                if (TryReference(em, i + 1, se, role, out end)) { i = end; first = false; continue; }
                break;
            }
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && frame == ArgumentFrame.Visit)
            {
                if (ReadRight(em, i + 1, se, ArgumentRole.Host, "to", out int end, MentionKind.Country | MentionKind.Person | MentionKind.Role | MentionKind.Organization)) { i = end; first = false; continue; }
                break;
            }
            if ((w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)) && em.IsNoun && i == from)
            {
                var role = frame switch
                {
                    ArgumentFrame.Visit => ArgumentRole.Visitor,
                    ArgumentFrame.Agreement => ArgumentRole.Signatory,
                    ArgumentFrame.Designation => ArgumentRole.Designee,
                    _ => ArgumentRole.Participant,
                };
                if (ReadRight(em, i + 1, se, role, w.ToString().ToLowerInvariant(), out int end)) { i = end; first = false; continue; }
                break;
            }
            // Skip place and time phrases, adverbs and "by phone"-like manner phrases on the way.
            if (_doc.TimeAt(i) is { } tm) { i = tm.EndToken; continue; }
            if (w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
                || w.Equals("during", StringComparison.OrdinalIgnoreCase) || w.Equals("over", StringComparison.OrdinalIgnoreCase) || w.Equals("via", StringComparison.OrdinalIgnoreCase)
                || w.Equals("near", StringComparison.OrdinalIgnoreCase) || w.Equals("inside", StringComparison.OrdinalIgnoreCase))
            {
                int end = SkipPlacePhrase(i + 1, se);
                if (end == i + 1) break;
                i = end;
                continue;
            }
            if (IsAdverb(i) || w.Equals("virtually", StringComparison.OrdinalIgnoreCase) || w.Equals("online", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase)
                || w.Equals("face-to-face", StringComparison.OrdinalIgnoreCase) || w.Equals("privately", StringComparison.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }
            // "… was also attended by X", "released by", "issued by", "hosted by"
            if ((w.Equals("attended", StringComparison.OrdinalIgnoreCase) || w.Equals("joined", StringComparison.OrdinalIgnoreCase) || w.Equals("released", StringComparison.OrdinalIgnoreCase)
                || w.Equals("issued", StringComparison.OrdinalIgnoreCase) || w.Equals("signed", StringComparison.OrdinalIgnoreCase) || w.Equals("adopted", StringComparison.OrdinalIgnoreCase)
                || w.Equals("hosted", StringComparison.OrdinalIgnoreCase) || w.Equals("chaired", StringComparison.OrdinalIgnoreCase) || w.Equals("organized", StringComparison.OrdinalIgnoreCase)
                || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
                || w.Equals(",", StringComparison.Ordinal) && em.IsNoun && i == from)
                && em.IsNoun)
            {
                i++;
                continue;
            }
            // A direct object right after a transitive verb: "met Ana Ruiz", "visited Peru", "hosted the Chilean president".
            if (verb && first && IsTransitive(em))
            {
                var role = ObjectRole(frame);
                if (ReadRight(em, i, se, role, "object", out int end)) { i = end; first = false; continue; }
                if (TryReference(em, i, se, role, out end)) { i = end; first = false; continue; }
                // "will meet regional rival Chile's president": one or two lowercase modifiers before the object
                bool read = false;
                for (int skip = 1; skip <= 2 && i + skip < se && !read; skip++)
                {
                    var t = _doc.Tokens[i + skip - 1];
                    if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.AllLower) || ClauseWords.IsVerbLike(_doc, i + skip - 1)) break;
                    if (ReadRight(em, i + skip, se, role, "object:modified", out end))
                    {
                        i = end;
                        first = false;
                        read = true;
                    }
                }
                if (read) continue;
                if (ReadCollectiveObject(em, i, se, role, out end)) { i = end; first = false; continue; }
            }
            break;
        }
    }

    /// <summary>
    /// A collective object that stands for a country or an organization: "met Syrian officials", "met representatives of
    /// the Chilean government", "met a delegation from Peru" (the country), "met officials of the African Union" (the
    /// organization).
    /// </summary>
    private bool ReadCollectiveObject(EventMention em, int pos, int se, ArgumentRole role, out int end)
    {
        end = pos;
        int j = pos;
        if (_doc.IsWord(j, "the") || _doc.IsWord(j, "a") || _doc.IsWord(j, "an")) j++;
        // "Syrian officials"
        if (j + 1 < se && NationalCollective(j + 1, j) is { } national)
        {
            em.AddParticipant(national with { Role = role });
            em.Cues.Add("object:nationality");
            end = j + 2;
            return true;
        }
        if (j >= se || !CollectiveNouns.Contains(_doc.W(j))) return false;
        int k = j + 1;
        if (!(_doc.IsWord(k, "of") || _doc.IsWord(k, "from"))) return false;
        k++;
        if (_doc.IsWord(k, "the")) k++;
        // "of the Chilean government"
        if (k + 1 < se && NationalCollective(k + 1, k) is { } country)
        {
            em.AddParticipant(country with { Role = role });
            em.Cues.Add("object:collective");
            end = k + 2;
            return true;
        }
        if (k < se && ReadRight(em, k, se, role, "object:collective", out end)) return true;
        end = pos;
        return false;
    }

        private bool IsTransitive(EventMention em)
    {
        var w = _doc.W(em.TriggerStart);
        return w is "met" or "meet" or "meets" or "meeting" or "Met" or "Meet" or "Meets" or "Meeting"
            || w.StartsWith("visit", StringComparison.OrdinalIgnoreCase) || w.StartsWith("host", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("receiv", StringComparison.OrdinalIgnoreCase) || w.StartsWith("welcom", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("telephon", StringComparison.OrdinalIgnoreCase) || w.StartsWith("phone", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("call", StringComparison.OrdinalIgnoreCase) || w.StartsWith("delist", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("convene", StringComparison.OrdinalIgnoreCase) || w.StartsWith("designat", StringComparison.OrdinalIgnoreCase);
    }

    private bool ReadRight(EventMention em, int pos, int se, ArgumentRole role, string cue, out int end, MentionKind kinds = MentionKind.Any)
    {
        _group.Clear();
        if (!CoordinationReader.ReadRight(_doc, pos, se, kinds, _group, out end)) return false;
        foreach (int mi in _group) em.AddParticipant(ArgumentCandidate.From(_doc.Mentions[mi], role));
        em.Cues.Add(cue);
        return true;
    }

    /// <summary>A plural or pronoun reference at <paramref name="pos"/> ("with both leaders", "with him").</summary>
    private bool TryReference(EventMention em, int pos, int se, ArgumentRole role, out int end)
    {
        end = pos;
        // Find the head of a short noun phrase: "the two ministers", "both governments", "him".
        for (int k = pos; k < se && k < pos + 4; k++)
        {
            if (AnaphoraResolver.IsSingularPronoun(_doc, k) && k == pos)
            {
                if (AnaphoraResolver.ResolveSingular(_doc, k) is { } r) { em.AddParticipant(r with { Role = role }); end = k + 1; return true; }
                return false;
            }
            if (AnaphoraResolver.IsPluralReference(_doc, k, pos, out int start, out bool countries, out bool firstPerson) && start == pos
                && !(_doc.IsWord(k, "both") && k + 1 < se && _doc.Tokens[k + 1].Kind == TokenKind.Word && !_doc.IsWord(k + 1, "and")))
            {
                var resolved = AnaphoraResolver.ResolvePlural(_doc, k, countries, firstPerson, Array.Empty<EventMention>());
                foreach (var r in resolved) em.AddParticipant(r with { Role = role });
                end = k + 1;
                return resolved.Count > 0;
            }
        }
        return false;
    }

    /// <summary>Skips the object of "in"/"at"/"on": a determiner, a place, a capitalized name, a time; returns the next position (or <paramref name="i"/> when nothing was skipped).</summary>
    private int SkipPlacePhrase(int i, int se)
    {
        int j = i;
        if (_doc.IsWord(j, "the") || _doc.IsWord(j, "a")) j++;
        if (j >= se) return i;
        if (_doc.TimeAt(j) is { } tm) return tm.EndToken;
        int mi = _doc.MentionIndexAt(j);
        if (mi >= 0 && _doc.Mentions[mi].Kind == MentionKind.Country) return SkipCommaPlace(_doc.Mentions[mi].EndToken, se);
        var loc = _doc.EntityCovering(j, EntityType.Location);
        if (loc is not null && loc.FirstToken == j) return SkipCommaPlace(loc.EndToken, se);
        if (mi >= 0 && _doc.Mentions[mi].Kind == MentionKind.Organization) return _doc.Mentions[mi].EndToken;
        int k = j;
        while (k < se && k - j < 6 && _doc.Tokens[k].Has(TokenFlags.InitialUpper) && _doc.MentionIndexAt(k) < 0) k++;
        if (k > j) return k;
        // "on the sidelines of the summit", "in a phone call", "in private"
        k = j;
        while (k < se && k - j < 4 && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.IsWord(k, "with") && !_doc.IsWord(k, "and") && !ClauseWords.IsVerbLike(_doc, k) && _doc.MentionIndexAt(k) < 0) k++;
        return k > j ? k : i;
    }

    private int SkipCommaPlace(int end, int se)
    {
        // "Washington, D.C.", "Lima, Peru"
        if (end + 1 < se && _doc.IsWord(end, ","))
        {
            int next = end + 1;
            if (_doc.Tokens[next].Has(TokenFlags.Abbreviation) || _doc.IsCoveredBy(next, EntityType.Location) || (_doc.MentionIndexAt(next) >= 0 && _doc.Mentions[_doc.MentionIndexAt(next)].Kind == MentionKind.Country))
            {
                int mi = _doc.MentionIndexAt(next);
                if (mi >= 0) return _doc.Mentions[mi].EndToken;
                var loc = _doc.EntityCovering(next, EntityType.Location);
                return loc is not null ? loc.EndToken : next + 1;
            }
        }
        return end;
    }

    // ---------------------------------------------------------------- nouns

    private void AttachNoun(EventMention em, int sf, int se, ArgumentFrame frame, IReadOnlyList<EventMention> earlier)
    {
        int ts = em.TriggerStart;
        int np = em.PhraseStart;
        // Modifiers: "Whitmore's visit", "the U.S.-Mexico talks", "their meeting", "the Okafor-Oliveira call".
        bool followedByAs = _doc.IsWord(em.TriggerEnd, "as");
        for (int k = np; k < ts; k++)
        {
            int mi = _doc.MentionIndexAt(k);
            if (mi >= 0)
            {
                var m = _doc.Mentions[mi];
                bool possessive = _doc.IsWord(m.EndToken, "'s") || _doc.IsWord(m.EndToken, "\u2019s") || _doc.IsWord(m.EndToken, "'");
                var role = frame switch
                {
                    ArgumentFrame.Visit => possessive || m.Kind is MentionKind.Person or MentionKind.Organization or MentionKind.Role ? ArgumentRole.Visitor : ArgumentRole.Participant,
                    ArgumentFrame.Designation => possessive && followedByAs ? ArgumentRole.Designee : ArgumentRole.Designator,
                    ArgumentFrame.Agreement => ArgumentRole.Signatory,
                    _ => ArgumentRole.Participant,
                };
                if (!InsideTitleOf(m, ts))
                {
                    em.AddParticipant(ArgumentCandidate.From(m, role));
                    em.Cues.Add("modifier");
                }
                k = m.EndToken - 1;
                continue;
            }
            if (_doc.IsWord(k, "their") || _doc.IsWord(k, "our"))
            {
                var resolved = AnaphoraResolver.ResolvePlural(_doc, k, false, _doc.IsWord(k, "our"), earlier);
                foreach (var r in resolved) em.AddParticipant(r with { Role = SubjectRole(frame) == ArgumentRole.Convener ? ArgumentRole.Participant : SubjectRole(frame) });
                if (resolved.Count > 0) em.Cues.Add("modifier:reference");
            }
            else if ((_doc.IsWord(k, "his") || _doc.IsWord(k, "her")) && AnaphoraResolver.ResolveSingular(_doc, k) is { } single)
            {
                em.AddParticipant(single with { Role = frame == ArgumentFrame.Visit ? ArgumentRole.Visitor : SubjectRole(frame) == ArgumentRole.Convener ? ArgumentRole.Participant : SubjectRole(frame) });
                em.Cues.Add("modifier:pronoun");
            }
        }

        int afterTrigger = em.Pattern.Type == EventType.Designation ? em.TriggerEnd : Math.Max(em.TriggerEnd, em.Match.End);
        AttachRight(em, em.Pattern.Type == EventType.Designation ? em.Match.End : afterTrigger, se, frame, verb: false);

        // A governing verb: "X held talks", "X issued a joint statement", "X paid a visit", "X hosted a summit".
        int g = np - 1;
        while (g >= sf && (IsAdverb(g) || _doc.IsWord(g, "a") || _doc.IsWord(g, "an") || _doc.TimeAt(g) is not null)) g--;
        // "X will gather for a meeting", "X arrived for talks", "X flew to Doha on Monday for talks": the verb before "for"
        // (across a destination and a time) governs the noun
        if (_doc.IsWord(g, "for") && GoverningVerbBeforeFor(g, sf) is int gv and >= 0 && !IsPassive(gv, sf))
        {
            AttachSubject(em, gv, sf, frame == ArgumentFrame.Convene ? ArgumentRole.Participant : SubjectRole(frame), earlier, "governor:for");
            return;
        }
        if (g >= sf && ClauseWords.LightVerbs.Contains(_doc.W(g)) && !IsPassive(g, sf))
        {
            var lw = _doc.W(g);
            var role = frame == ArgumentFrame.Visit && (lw.StartsWith("welcom", StringComparison.OrdinalIgnoreCase) || lw.StartsWith("receiv", StringComparison.OrdinalIgnoreCase)) ? ArgumentRole.Host
                : lw.StartsWith("host", StringComparison.OrdinalIgnoreCase) || lw.StartsWith("conven", StringComparison.OrdinalIgnoreCase)
                || lw.StartsWith("chair", StringComparison.OrdinalIgnoreCase) || lw.StartsWith("organi", StringComparison.OrdinalIgnoreCase) || lw.StartsWith("co-", StringComparison.OrdinalIgnoreCase)
                ? (frame == ArgumentFrame.Visit ? ArgumentRole.Host : ArgumentRole.Convener)
                : (frame == ArgumentFrame.Convene ? ArgumentRole.Participant : SubjectRole(frame));
            AttachSubject(em, g, sf, role, earlier, "governor:" + lw.ToString().ToLowerInvariant());
            return;
        }

        // A fronted frame: "During the meeting (with X), Y said …", "In a phone call, A and B …".
        int p = np - 1;
        if (p >= sf && ClauseWords.FramePrepositions.Contains(_doc.W(p)))
        {
            int q = p - 1;
            while (q >= sf && (IsAdverb(q) || _doc.IsWord(q, ",") || _doc.IsWord(q, "and") || _doc.IsWord(q, "but"))) q--;
            bool fronted = q < sf || _doc.Tokens[q].Kind == TokenKind.Punctuation && !_doc.IsWord(q, ",");
            var role = frame switch
            {
                ArgumentFrame.Visit => HasRole(em, ArgumentRole.Visitor) ? ArgumentRole.Host : ArgumentRole.Visitor,
                ArgumentFrame.Agreement => ArgumentRole.Signatory,
                ArgumentFrame.Designation => ArgumentRole.Designator,
                _ => ArgumentRole.Participant,
            };
            if (fronted)
            {
                int comma = em.TriggerEnd;
                while (comma < se && comma - em.TriggerEnd < 25 && !_doc.IsWord(comma, ",")) comma++;
                if (comma < se && _doc.IsWord(comma, ","))
                {
                    _group.Clear();
                    int start = comma + 1;
                    if (CoordinationReader.ReadRight(_doc, start, se, MentionKind.Any, _group, out _))
                    {
                        foreach (int mi in _group) em.AddParticipant(ArgumentCandidate.From(_doc.Mentions[mi], role));
                        em.Cues.Add("frame-subject");
                    }
                    else if (AnaphoraResolver.IsPluralReference(_doc, start, start, out _, out bool countries, out bool firstPerson) ||
                             AnaphoraResolver.IsPluralReference(_doc, SkipReference(start, se), start, out _, out countries, out firstPerson))
                    {
                        // "During their meeting, the two leaders agreed …": the reference is resolved from what came before.
                        var resolved = AnaphoraResolver.ResolvePlural(_doc, start, countries, firstPerson, earlier);
                        foreach (var r in resolved) em.AddParticipant(r with { Role = role });
                        if (resolved.Count > 0) em.Cues.Add("frame-subject:reference");
                    }
                }
            }
            else if (TakesClauseSubject(frame, _doc.W(p)) && !ClauseWords.IsVerbLike(_doc, em.TriggerEnd))
            {
                // (Not "after talks were suspended": there the noun is the subject of its own clause.)
                // "A and B discussed trade in a phone call": the clause's subject took part; "A pledged support during a
                // visit to B": the clause's subject is the visitor.
                int v = p - 1;
                int limit = Math.Max(sf, p - 15);
                while (v >= limit && !ClauseWords.IsVerbLike(_doc, v)) v--;
                if (v >= limit) AttachSubject(em, v, sf, role, earlier, "clause-subject");
            }
        }
    }

    /// <summary>Whether a trailing frame phrase ("in a phone call", "during a visit to …") makes the clause's subject a party.</summary>
    private static bool TakesClauseSubject(ArgumentFrame frame, ReadOnlySpan<char> preposition) => frame switch
    {
        ArgumentFrame.Symmetric or ArgumentFrame.Agreement => preposition is "in" or "during" or "via" or "over" or "by" or "after" or "following" or "before" or "In" or "During",
        ArgumentFrame.Visit => preposition is "during" or "on" or "During" or "On",
        _ => false,
    };

    private int SkipReference(int start, int se)
    {
        int k = start;
        while (k < se && k - start < 4 && _doc.Tokens[k].Kind == TokenKind.Word && !ClauseWords.PluralPersonNouns.Contains(_doc.W(k))) k++;
        return Math.Min(k, se - 1);
    }

    private static bool HasRole(EventMention em, ArgumentRole role)
    {
        foreach (var p in em.Participants)
        {
            if (p.Role == role) return true;
        }
        return false;
    }

    /// <summary>In a designation, parties found only as generic participants are designators; slots already named the designee.</summary>
    private static void FixDesignationRoles(EventMention em)
    {
        for (int i = 0; i < em.Participants.Count; i++)
        {
            var p = em.Participants[i];
            if (p.Role is ArgumentRole.Participant or ArgumentRole.Signatory) em.Participants[i] = p with { Role = ArgumentRole.Designator };
        }
    }

    // ---------------------------------------------------------------- phrases

    /// <summary>The text of a token range without a leading determiner.</summary>
    private string CleanPhrase(int start, int end)
    {
        var span = SpanOfClean(start, end);
        return span.Length == 0 ? string.Empty : _doc.Text.Substring(span.Start, span.Length);
    }

    private SourceSpan SpanOfClean(int start, int end)
    {
        while (start < end && (_doc.IsWord(start, "the") || _doc.IsWord(start, "a") || _doc.IsWord(start, "an") || _doc.IsWord(start, "his") || _doc.IsWord(start, "her")
            || _doc.IsWord(start, "their") || _doc.IsWord(start, "its"))) start++;
        while (end > start && _doc.Tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        return _doc.SpanOf(start, end);
    }

    /// <summary>
    /// The identity of a raw noun phrase: its first and last words, so that "Mexican crime groups" and "Mexican organized
    /// crime groups" are one designee.
    /// </summary>
    internal static string PhraseKey(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 ? "np:" + text.ToLowerInvariant() : "np:" + words[0] + "\u2026" + words[^1];
    }

    /// <summary>The country a raw phrase names through a nationality or country inside it ("Mexican crime groups" → MEX).</summary>
    private string? CountryOfPhrase(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            var nat = _doc.EntityCovering(i, EntityType.Nationality);
            if (nat?.Country is not null) return nat.Country;
            var m = _doc.MentionAt(i);
            if (m is { Kind: MentionKind.Country }) return m.Country;
        }
        return null;
    }
}
