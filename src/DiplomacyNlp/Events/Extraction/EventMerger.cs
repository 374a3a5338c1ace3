using System.Globalization;
using System.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Events;

/// <summary>
/// Merges the mentions of one event within a document (the headline, the lead, "the call" later on) into a single
/// event that keeps every evidence span, and turns the result into typed <see cref="Event"/> records.
/// Two mentions merge when they have the same type, a compatible status (a planned event and its later report stay
/// two events), no conflicting date, place or kind, and either share a participant, carry the same name ("the
/// Security Ministerial meeting"), or one of them is a definite reference without participants of its own ("the
/// call", "this meeting") to the latest compatible event.
/// </summary>
internal sealed class EventMerger
{
    private readonly EventDocument _doc;

    private readonly TimeMatch? _peg;
    private readonly int _leadFirst = -1;

    public EventMerger(EventDocument doc)
    {
        _doc = doc;
        (_leadFirst, _peg) = FindNewsPeg(doc);
    }

    /// <summary>
    /// The news peg: the day the lead sentence (the first full sentence of the body) dates its news to, when that day is
    /// in the week before publication ("Mexico and Peru on Wednesday strengthened …"). An occurred event first reported
    /// in the lead without a date of its own happened then (the journalistic convention of the lead); earlier events
    /// ("a recent call", "the previous meeting") never take it.
    /// </summary>
    private static (int Lead, TimeMatch? Peg) FindNewsPeg(EventDocument doc)
    {
        if (doc.Published is not { } published) return (-1, null);
        for (int si = 0; si < doc.Sentences.Count && si < 12; si++)
        {
            var s = doc.Sentences[si];
            int words = 0;
            bool verb = false;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (doc.Tokens[t].Kind == Text.TokenKind.Word && doc.TimeAt(t) is null) words++;
                verb |= ClauseWords.IsVerbLike(doc, t);
            }
            var last = doc.W(s.EndToken - 1);
            bool terminated = last is "." or "!" or "?" or "\u201D" or "\"";
            if (words < 8 || !verb || !terminated) continue;
            foreach (var tm in doc.Times)
            {
                if (tm.FirstToken < s.FirstToken || tm.EndToken > s.EndToken) continue;
                if (tm.Expression.Granularity != TimeGranularity.Day || tm.Expression.Value is null || tm.Expression.IsFuture) continue;
                if (!DateOnly.TryParseExact(tm.Expression.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) continue;
                if (day > published || day < published.AddDays(-7)) continue;
                return (si, tm);
            }
            return (si, null);
        }
        return (-1, null);
    }

    public List<Event> Merge(List<EventMention> mentions)
    {
        var clusters = new List<List<EventMention>>();
        foreach (var m in mentions)
        {
            List<EventMention>? target = null;
            for (int c = clusters.Count - 1; c >= 0 && target is null; c--)
            {
                if (Compatible(clusters[c], m)) target = clusters[c];
            }
            if (target is not null) target.Add(m);
            else if (!m.Pattern.EvidenceOnly) clusters.Add(new List<EventMention> { m });
        }
        // A headline mention without parties ("Ministers discuss border security by phone") belongs to the first event of
        // its type reported in the text.
        for (int a = 0; a < clusters.Count; a++)
        {
            var c = clusters[a];
            if (!AllHeadlinesWithoutParties(c)) continue;
            for (int b = 0; b < clusters.Count; b++)
            {
                if (b == a || clusters[b][0].Pattern.Type != c[0].Pattern.Type || StatusClass(clusters[b][0].Status) != StatusClass(c[0].Status)) continue;
                if (!KindsAgree(clusters[b][0], c[0])) continue;
                clusters[b].AddRange(c);
                clusters[b].Sort(static (x, y) => x.TriggerStart.CompareTo(y.TriggerStart));
                clusters.RemoveAt(a);
                a--;
                break;
            }
        }
        // A mention without parties in a sentence that reports an event of the same type with parties is that event seen
        // from another word ("Ministers met … during their bilateral meeting at the summit"): it joins it.
        for (int a = 0; a < clusters.Count; a++)
        {
            var c = clusters[a];
            if (!AllWithoutParties(c)) continue;
            int target = -1;
            for (int b = 0; b < clusters.Count && target < 0; b++)
            {
                if (b == a || AllWithoutParties(clusters[b]) || clusters[b][0].Pattern.Type != c[0].Pattern.Type) continue;
                if (StatusClass(clusters[b][0].Status) != StatusClass(c[0].Status)) continue;
                if (SharesASentence(clusters[b], c)) target = b;
            }
            if (target < 0) continue;
            clusters[target].AddRange(c);
            clusters[target].Sort(static (x, y) => x.TriggerStart.CompareTo(y.TriggerStart));
            clusters.RemoveAt(a);
            a--;
        }
        // Second pass: clusters that carry the same event name ("the Security Ministerial meeting") are one event even when
        // the mentions that started them differ in their parties.
        for (int a = 0; a < clusters.Count; a++)
        {
            for (int b = a + 1; b < clusters.Count; b++)
            {
                if (!SameNamedEvent(clusters[a], clusters[b])) continue;
                clusters[a].AddRange(clusters[b]);
                clusters[a].Sort(static (x, y) => x.TriggerStart.CompareTo(y.TriggerStart));
                clusters.RemoveAt(b);
                b--;
            }
        }
        // Build in text order of the triggers (a cluster's first mention has its earliest trigger; no two mentions share a
        // trigger token), so that every event gets its id "ev1", "ev2", … as it is built.
        clusters.Sort(static (a, b) => a[0].TriggerStart.CompareTo(b[0].TriggerStart));
        var events = new List<Event>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var e = Build(cluster, events.Count + 1);
            if (e is not null) events.Add(e);
        }
        return events;
    }

    private static bool AllWithoutParties(List<EventMention> cluster)
    {
        foreach (var m in cluster)
        {
            if (m.Participants.Count != 0) return false;
        }
        return true;
    }

    private static bool SharesASentence(List<EventMention> a, List<EventMention> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Sentence == y.Sentence) return true;
            }
        }
        return false;
    }

    private bool AllHeadlinesWithoutParties(List<EventMention> cluster)
    {
        foreach (var m in cluster)
        {
            if (m.Participants.Count != 0 || !IsHeadline(m.Sentence)) return false;
        }
        return true;
    }

    private static readonly string[] SmallIds = CreateIds(64);

    private static string[] CreateIds(int n)
    {
        var ids = new string[n];
        for (int i = 0; i < n; i++) ids[i] = "ev" + (i + 1).ToString(CultureInfo.InvariantCulture);
        return ids;
    }

    /// <summary>The id of the <paramref name="number"/>-th event ("ev1", "ev2", …).</summary>
    private static string EventId(int number) => number <= SmallIds.Length ? SmallIds[number - 1] : "ev" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Per-thread builder for event names and rule strings.</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static StringBuilder Builder()
    {
        var sb = t_builder ??= new StringBuilder(128);
        sb.Clear();
        return sb;
    }

    private bool Compatible(List<EventMention> cluster, EventMention m)
    {
        var head = cluster[0];
        if (head.Pattern.Type != m.Pattern.Type) return false;
        if (StatusClass(ClusterStatus(cluster)) != StatusClass(m.Status) && !(m.Pattern.EvidenceOnly && m.Cues.Contains("status:default"))) return false;
        foreach (var x in cluster)
        {
            if (!DatesAgree(x.Date, m.Date)) return false;
            if (!PlacesAgree(x.Location, m.Location)) return false;
            if (!KindsAgree(x, m)) return false;
            if (x.Category is not null && m.Category is not null && !string.Equals(x.Category, m.Category, StringComparison.OrdinalIgnoreCase)) return false;
        }
        // Same sentence, same type, one of them without parties: one event told twice ("agreed to convene a meeting").
        bool sameSentence = false;
        foreach (var x in cluster) sameSentence |= x.Sentence == m.Sentence;
        bool clusterHasParties = false;
        foreach (var x in cluster) clusterHasParties |= x.Participants.Count > 0;
        if (m.Pattern.Type == EventType.Designation) return SameDesignee(cluster, m);
        if (IsAnaphoric(m) && NearEnough(cluster, m) && (m.Date is null || ClusterHasDate(cluster, m.Date.Value))) return true;
        if (SharesParticipant(cluster, m))
        {
            // Agreements of different kinds by the same parties are different agreements unless one refers back.
            if (m.Pattern.Type == EventType.Agreement && !AgreementKindsJoin(cluster, m) && !m.IsDefinite) return false;
            return true;
        }
        string? name = EventName(m);
        if (name is not null)
        {
            foreach (var x in cluster)
            {
                if (string.Equals(EventName(x), name, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        if (m.Participants.Count == 0 && (m.IsDefinite || m.Pattern.EvidenceOnly || sameSentence) && (m.Date is null || sameSentence || ClusterHasDate(cluster, m.Date.Value))) return NearEnough(cluster, m);
        if (!clusterHasParties && sameSentence) return true;
        if (!clusterHasParties && head.IsDefinite == false && m.IsDefinite && NearEnough(cluster, m)) return true;
        return false;
    }

    private bool IsHeadline(int sentence)
    {
        var s = _doc.Sentences[sentence];
        var w = _doc.W(s.EndToken - 1);
        return !(w is "." or "!" or "?" or "\"" or "\u201D" or ":" or ")" or "'");
    }

    private bool SameNamedEvent(List<EventMention> a, List<EventMention> b)
    {
        if (a[0].Pattern.Type != b[0].Pattern.Type || StatusClass(a[0].Status) != StatusClass(b[0].Status)) return false;
        bool named = false;
        foreach (var x in a)
        {
            string? nx = EventName(x);
            if (nx is null) continue;
            foreach (var y in b)
            {
                if (string.Equals(nx, EventName(y), StringComparison.OrdinalIgnoreCase)) named = true;
            }
        }
        if (!named) return false;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!DatesAgree(x.Date, y.Date) || !PlacesAgree(x.Location, y.Location) || !KindsAgree(x, y)) return false;
            }
        }
        return true;
    }

    private static bool NearEnough(List<EventMention> cluster, EventMention m) => m.Sentence - cluster[^1].Sentence <= 12;

    /// <summary>
    /// A definite noun mention ("the meeting", "this call") whose parties, if any, do not define it (no "with", "between",
    /// "of" or modifier: "The meeting was also attended by X") refers back to the latest compatible event.
    /// </summary>
    private static bool IsAnaphoric(EventMention m)
    {
        if (!m.IsNoun || !m.IsDefinite) return false;
        foreach (var c in m.Cues)
        {
            if (c is "with" or "between" or "of" or "from" or "to" || c.StartsWith("modifier", StringComparison.Ordinal) || c.StartsWith("slot:", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool ClusterHasDate(List<EventMention> cluster, TimeMatch date)
    {
        foreach (var x in cluster)
        {
            if (x.Date is { } d && d.Expression.Value is not null && d.Expression.Value == date.Expression.Value) return true;
        }
        return false;
    }

    private static bool AgreementKindsJoin(List<EventMention> cluster, EventMention m)
    {
        foreach (var x in cluster)
        {
            if (x.Kind == m.Kind && m.Kind != nameof(AgreementKind.Commitment)) return true;
            if (x.Sentence == m.Sentence) return true;
        }
        return false;
    }

    private static bool SameDesignee(List<EventMention> cluster, EventMention m)
    {
        string? mKey = DesigneeKey(m);
        foreach (var x in cluster)
        {
            if (x.Kind != m.Kind) return false;
            string? xKey = DesigneeKey(x);
            if (mKey is null || xKey is null) return m.IsDefinite || m.Sentence == x.Sentence || (x.Category is not null && m.Category is not null);
            if (mKey == xKey) return true;
        }
        return false;
    }

    private static string? DesigneeKey(EventMention m)
    {
        foreach (var p in m.Participants)
        {
            if (p.Role == ArgumentRole.Designee) return p.Ref ?? NormalizeNp(p.Name);
        }
        return null;
    }

    /// <summary>A loose form of a raw designee phrase so that "Mexican crime groups" and "Mexican organized crime groups" agree on their head.</summary>
    private static string NormalizeNp(string s)
    {
        var words = s.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? s : words[0] + "…" + words[^1];
    }

    private static bool SharesParticipant(List<EventMention> cluster, EventMention m)
    {
        foreach (var p in m.Participants)
        {
            foreach (var x in cluster)
            {
                foreach (var q in x.Participants)
                {
                    if (q.Key == p.Key) return true;
                }
            }
        }
        return false;
    }

    /// <summary>The capitalized name in front of a noun trigger ("Security Ministerial" in "the Security Ministerial meeting"), or null.</summary>
    private readonly Dictionary<EventMention, string?> _names = new(ReferenceEqualityComparer.Instance);

    private string? EventName(EventMention m)
    {
        if (_names.TryGetValue(m, out var cached)) return cached;
        var name = ComputeEventName(m);
        _names[m] = name;
        return name;
    }

    private string? ComputeEventName(EventMention m)
    {
        if (!m.IsNoun) return null;
        var sb = Builder();
        for (int k = m.PhraseStart; k < m.TriggerStart; k++)
        {
            var t = _doc.Tokens[k];
            int mi = _doc.MentionIndexAt(k);
            if (!t.Has(Text.TokenFlags.InitialUpper) || (mi >= 0 && _doc.Mentions[mi].Kind != MentionKind.Organization)) continue;
            if (ClauseWords.Determiners.Contains(_doc.W(k)) || NameModifiers.Contains(_doc.W(k))) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(_doc.W(k));
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Words that describe rather than name an event ("Upcoming", "Bilateral", "High-Level").</summary>
    private static readonly Text.SpanStringSet NameModifiers = new(
    [
        "upcoming", "planned", "proposed", "next", "first", "second", "third", "last", "previous", "recent", "new", "annual", "bilateral", "trilateral",
        "high-level", "joint", "future", "latest", "historic", "official", "special", "emergency", "extraordinary", "virtual", "possible", "scheduled",
    ], ignoreCase: true);

    private static int StatusClass(EventStatus s) => s switch
    {
        EventStatus.Occurred or EventStatus.Reported => 0,
        EventStatus.Planned or EventStatus.Proposed => 1,
        EventStatus.Negated => 2,
        _ => 3,
    };

    private static EventStatus ClusterStatus(List<EventMention> cluster) => cluster[0].Status;

    private static bool DatesAgree(TimeMatch? a, TimeMatch? b)
    {
        if (a is not { } x || b is not { } y) return true;
        var va = x.Expression.Value;
        var vb = y.Expression.Value;
        if (va is null || vb is null) return true;
        if (va.StartsWith("--", StringComparison.Ordinal) || vb.StartsWith("--", StringComparison.Ordinal))
        {
            var pa = va.TrimStart('-');
            var pb = vb.TrimStart('-');
            return va.EndsWith(pb, StringComparison.Ordinal) || vb.EndsWith(pa, StringComparison.Ordinal) || pa.StartsWith(pb, StringComparison.Ordinal) || pb.StartsWith(pa, StringComparison.Ordinal);
        }
        // Two written dates must agree exactly ("2025-04" and "2025" name different plans); an unwritten year is checked above.
        return va == vb;
    }

    /// <summary>True when the location is a Location entity (its reference is an entity id, "e12"), not a building name or a cluster.</summary>
    private static bool IsPlaceEntity(EventLocation l) => l.Ref is { Length: > 1 } r && r[0] == 'e' && char.IsAsciiDigit(r[1]);

    private static bool PlacesAgree(EventLocation? a, EventLocation? b)
    {
        if (a is null || b is null) return true;
        if (string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.Ref is not null && a.Ref == b.Ref) return true;
        // Two different place entities that are not countries ("Riyadh", "Doha") are two places.
        if (a.Country is null && b.Country is null && IsPlaceEntity(a) && IsPlaceEntity(b)) return false;
        // A building and the country it is in ("the National Palace" and "Mexico") may be the same meeting.
        if (a.Country is null || b.Country is null) return true;
        return string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
    }

    private static bool KindsAgree(EventMention a, EventMention b)
    {
        if (a.Kind == b.Kind) return true;
        if (a.Kind is null || b.Kind is null)
        {
            // An undecided meeting ("met", "talks") is not the summit, press conference or working group it took place at.
            string? known = a.Kind ?? b.Kind;
            if (a.Pattern.Type != EventType.Meeting) return true;
            var specific = a.Kind is null ? b : a;
            return known is not (nameof(MeetingKind.Summit) or nameof(MeetingKind.PressConference) or nameof(MeetingKind.WorkingGroup))
                || (specific.Participants.Count == 0 && specific.IsDefinite && a.Sentence != b.Sentence);
        }
        if (a.Pattern.Type == EventType.Call) return a.Kind == nameof(CallMode.Unspecified) || b.Kind == nameof(CallMode.Unspecified);
        if (a.Pattern.Type == EventType.Meeting)
        {
            bool general(string k) => k is nameof(MeetingKind.Visit) or nameof(MeetingKind.Bilateral) or nameof(MeetingKind.Multilateral);
            return general(a.Kind) && general(b.Kind);
        }
        if (a.Pattern.Type == EventType.Agreement) return true;
        return false;
    }

    // ---------------------------------------------------------------- build

    private Event? Build(List<EventMention> cluster, int number)
    {
        var first = cluster[0];
        var type = first.Pattern.Type;
        var participants = new List<ArgumentCandidate>();
        foreach (var m in cluster)
        {
            foreach (var p in m.Participants)
            {
                int at = IndexOfKey(participants, p.Key);
                if (at < 0) participants.Add(p);
                else if (participants[at].Role == ArgumentRole.Participant && p.Role != ArgumentRole.Participant) participants[at] = participants[at] with { Role = p.Role };
            }
        }
        TimeMatch? date = null;
        EventLocation? location = null;
        string? category = null;
        string? kind = null;
        double confidence = 0;
        bool hostFramed = false, anyNonGeneric = false, meetIntent = false;
        foreach (var m in cluster)
        {
            if (date is null || (date.Value.Expression.Value is null && m.Date?.Expression.Value is not null) || (IsPartial(date.Value) && m.Date is { } md && !IsPartial(md) && md.Expression.Value is not null)) date = m.Date ?? date;
            location ??= m.Location;
            if (location is not null && m.Location is not null && location.Country is not null && location.Ref == location.Country && m.Location.Country == location.Country) location = m.Location;
            category ??= m.Category;
            kind = MoreSpecific(type, kind, m.Kind);
            confidence = Math.Max(confidence, m.Confidence);
            hostFramed |= m.Pattern.Frame == ArgumentFrame.Host;
            anyNonGeneric |= !m.IsGeneric;
            meetIntent |= m.Cues.Contains("meet-intent");
        }
        if (!anyNonGeneric && participants.Count == 0) return null;
        bool pegged = false;
        if (date is null && _peg is not null && type != EventType.Designation && first.Status == EventStatus.Occurred)
        {
            bool inLead = false, earlier = false;
            foreach (var m in cluster)
            {
                inLead |= m.Sentence >= _leadFirst && m.Sentence <= _leadFirst + 2;
                foreach (var c in m.Cues) earlier |= c is "status:previous" or "status:recent" or "status:earlier" or "status:last" or "status:past" or "status:prior" or "status:latest";
            }
            if (inLead && !earlier)
            {
                date = _peg;
                pegged = true;
            }
        }
        var status = first.Status;
        foreach (var m in cluster)
        {
            if (m.Status == EventStatus.Occurred && status == EventStatus.Reported) status = EventStatus.Occurred;
            if (m.Status == EventStatus.Planned && status == EventStatus.Proposed && !m.Cues.Contains("status:default")) status = EventStatus.Planned;
        }

        // Validity: an event needs something that anchors it to the world.
        int minParticipants = 0;
        foreach (var m in cluster) minParticipants = Math.Max(minParticipants, m.Pattern.MinParticipants);
        if (participants.Count < minParticipants) return null;
        // A name of two or more words ("the Security Ministerial meeting") identifies an event without parties; one word ("Brexit talks") does not.
        bool named = false;
        foreach (var m in cluster) named |= EventName(m) is { } n && n.Contains(' ', StringComparison.Ordinal);
        bool resolvedDate = date?.Expression.Value is not null;
        if (type == EventType.Agreement)
        {
            // A commitment or an announced deal by one party alone is a unilateral act, not an agreement between parties.
            bool announced = cluster.TrueForAll(m => m.Pattern.Name == "agreement.announce");
            bool we = cluster.Exists(m => m.Cues.Exists(c => c.EndsWith(":we", StringComparison.Ordinal)));
            if ((kind == nameof(AgreementKind.Commitment) || announced) && participants.Count < 2 && !we) return null;
        }
        if (participants.Count == 0 && cluster.TrueForAll(m => !m.IsNoun)) return null; // "to visit relatives": a verb with no party
        if (type == EventType.Designation)
        {
            bool designee = participants.Exists(p => p.Role == ArgumentRole.Designee);
            if (!designee) return null;
        }
        else if (participants.Count == 0)
        {
            bool keep = type == EventType.Meeting ? (location is not null || named)
                : type == EventType.Agreement ? (kind is not nameof(AgreementKind.Commitment) && (resolvedDate || named))
                : false;
            if (!keep) return null;
        }

        if (type == EventType.Meeting && kind is null) kind = MeetingKindOf(participants, first);
        if (type == EventType.Call) kind ??= nameof(CallMode.Unspecified);

        if (participants.Count == 0) confidence *= 0.7;
        else if (participants.Count == 1 && type != EventType.Designation) confidence *= 0.85;
        confidence = Math.Clamp(confidence + 0.03 * Math.Min(3, cluster.Count - 1), 0.05, 0.99);

        var evidence = new List<Text.SourceSpan>();
        foreach (var m in cluster)
        {
            var span = _doc.Sentences[m.Sentence].Span;
            if (!evidence.Contains(span)) evidence.Add(span);
        }
        evidence.Sort();

        var sb = Builder().Append(first.Pattern.Name);
        foreach (var c in first.Cues) sb.Append("; ").Append(c);
        if (pegged) sb.Append("; date:lead");
        if (cluster.Count > 1)
        {
            sb.Append("; merged:").Append(cluster.Count.ToString(CultureInfo.InvariantCulture)).Append(" (");
            for (int i = 1; i < cluster.Count; i++)
            {
                if (i > 1) sb.Append(", ");
                sb.Append(cluster[i].Pattern.Name);
            }
            sb.Append(')');
        }
        string rule = sb.ToString();

        participants.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var list = participants.ConvertAll(p => p.ToParticipant());
        var codes = EventCoder.Code(type, kind, status, participants, location, hostFramed, category, meetIntent);
        var trigger = first.TriggerSpan(_doc);
        string triggerText = _doc.Text.Substring(trigger.Start, trigger.Length);
        var sentence = _doc.Sentences[first.Sentence].Span;
        string id = EventId(number);

        if (type == EventType.Call)
        {
            return new CallEvent
            {
                Id = id, Type = type, Kind = kind, Trigger = trigger, TriggerText = triggerText, Sentence = sentence, Evidence = evidence, Participants = list,
                Date = date?.Expression, Location = location, Status = status, Confidence = confidence, Rule = rule, Codes = codes,
                Mode = Enum.TryParse<CallMode>(kind, out var mode) ? mode : CallMode.Unspecified,
            };
        }
        if (type == EventType.Meeting)
        {
            return new MeetingEvent
            {
                Id = id, Type = type, Kind = kind, Trigger = trigger, TriggerText = triggerText, Sentence = sentence, Evidence = evidence, Participants = list,
                Date = date?.Expression, Location = location, Status = status, Confidence = confidence, Rule = rule, Codes = codes,
                MeetingKind = Enum.TryParse<MeetingKind>(kind, out var mk) ? mk : MeetingKind.Bilateral,
            };
        }
        if (type == EventType.Agreement)
        {
            return new AgreementEvent
            {
                Id = id, Type = type, Kind = kind, Trigger = trigger, TriggerText = triggerText, Sentence = sentence, Evidence = evidence, Participants = list,
                Date = date?.Expression, Location = location, Status = status, Confidence = confidence, Rule = rule, Codes = codes,
                AgreementKind = Enum.TryParse<AgreementKind>(kind, out var ak) ? ak : AgreementKind.Reached,
            };
        }
        if (type == EventType.Agreement)
        {
            // A commitment or an announced deal by one party alone is a unilateral act, not an agreement between parties.
            bool announced = cluster.TrueForAll(m => m.Pattern.Name == "agreement.announce");
            bool we = cluster.Exists(m => m.Cues.Exists(c => c.EndsWith(":we", StringComparison.Ordinal)));
            if ((kind == nameof(AgreementKind.Commitment) || announced) && participants.Count < 2 && !we) return null;
        }
        if (participants.Count == 0 && cluster.TrueForAll(m => !m.IsNoun)) return null; // "to visit relatives": a verb with no party
        if (type == EventType.Designation)
        {
            return new DesignationEvent
            {
                Id = id, Type = type, Kind = kind, Trigger = trigger, TriggerText = triggerText, Sentence = sentence, Evidence = evidence, Participants = list,
                Date = date?.Expression, Location = location, Status = status, Confidence = confidence, Rule = rule, Codes = codes,
                DesignationKind = Enum.TryParse<DesignationKind>(kind, out var dk) ? dk : DesignationKind.Listing, Category = category,
            };
        }
        return new Event
        {
            Id = id, Type = type, Kind = kind, Trigger = trigger, TriggerText = triggerText, Sentence = sentence, Evidence = evidence, Participants = list,
            Date = date?.Expression, Location = location, Status = status, Confidence = confidence, Rule = rule, Codes = codes,
        };
    }

    private static int IndexOfKey(List<ArgumentCandidate> participants, string key)
    {
        for (int i = 0; i < participants.Count; i++)
        {
            if (participants[i].Key == key) return i;
        }
        return -1;
    }

    private static bool IsPartial(TimeMatch t) => t.Expression.Value is { } v && v.StartsWith("--", StringComparison.Ordinal);

    private static string? MoreSpecific(EventType type, string? current, string? next)
    {
        if (current is null) return next;
        if (next is null || current == next) return current;
        if (type == EventType.Call) return current == nameof(CallMode.Unspecified) ? next : current;
        if (type == EventType.Meeting) return current == nameof(MeetingKind.Bilateral) ? next : current;
        if (type == EventType.Agreement)
        {
            // Signed beats Reached beats JointStatement beats Commitment.
            static int Rank(string k) => k switch { nameof(AgreementKind.Signed) => 3, nameof(AgreementKind.Reached) => 2, nameof(AgreementKind.JointStatement) => 1, _ => 0 };
            return Rank(next) > Rank(current) ? next : current;
        }
        return current;
    }

    private static readonly string[] GroupWords = ["group", "commission", "committee", "council", "task force", "taskforce", "panel", "board", "working", "dialogue", "mechanism", "forum"];

    private string MeetingKindOf(List<ArgumentCandidate> participants, EventMention first)
    {
        // A working group meets as a body: every party is an organization, one of them a group, council, commission ….
        bool allOrganizations = participants.Count > 0 && participants.TrueForAll(p => p.Kind == MentionKind.Organization);
        foreach (var p in participants)
        {
            if (allOrganizations && p.Kind == MentionKind.Organization)
            {
                foreach (var g in GroupWords)
                {
                    if (p.Name.Contains(g, StringComparison.OrdinalIgnoreCase)) return nameof(MeetingKind.WorkingGroup);
                }
            }
        }
        // "the working group will meet", "convene a working group"
        int to = first.IsNoun ? first.TriggerStart : Math.Min(_doc.Tokens.Count, first.TriggerEnd + 5);
        for (int k = Math.Max(0, first.PhraseStart - 3); k < to; k++)
        {
            if (k >= first.TriggerStart && k < first.TriggerEnd) continue;
            if (_doc.IsWord(k, "group") || _doc.IsWord(k, "committee") || _doc.IsWord(k, "commission") || _doc.IsWord(k, "council")) return nameof(MeetingKind.WorkingGroup);
        }
        // More than two distinct parties (a host country aside) make a multilateral meeting.
        int distinct = 0;
        for (int i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            if (p.Role == ArgumentRole.Host && p.Kind == MentionKind.Country) continue;
            bool seen = false;
            for (int j = 0; j < i && !seen; j++)
            {
                var q = participants[j];
                seen = !(q.Role == ArgumentRole.Host && q.Kind == MentionKind.Country) && string.Equals(q.Key, p.Key, StringComparison.Ordinal);
            }
            if (!seen) distinct++;
        }
        return distinct > 2 ? nameof(MeetingKind.Multilateral) : nameof(MeetingKind.Bilateral);
    }
}
