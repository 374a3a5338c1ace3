namespace DiplomacyNlp.Events;

/// <summary>Meeting: an in-person encounter (met, meeting, talks, visit, received, hosted, summit, ministerial, bilateral, joint press conference, convene).</summary>
internal static partial class BuiltInEventPatterns
{
    /// <summary>Words that may follow the verb "met" when it means an encounter ("met with", "met in Lima", "met privately").</summary>
    private static readonly string[] MeetFollowers =
    [
        "with", "in", "at", "on", "for", "during", "over", "privately", "separately", "again", "briefly", "behind", "face-to-face", "in-person", "personally",
        "twice", "regularly", "later", "earlier", "today", "yesterday", "tomorrow", "last", "this", "next", "here", "there", "and", "amid", "ahead", "before",
        "after", "informally", "formally", "alone", "jointly", "together", "first", "directly", "secretly", "late", "early", "once", "several", "frequently",
        "weekly", "monthly", "annually", "each", "every", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "both",
        ".", ",", ";", ":", "!", "?", "\u2014", "\u2013", "-", ")", "\"", "\u201D", "'",
    ];

    /// <summary>Nouns that name the counterpart in "met his Brazilian counterpart".</summary>
    private static readonly string[] CounterpartNouns =
    [
        "counterpart", "counterparts", "minister", "ministers", "president", "secretary", "ambassador", "envoy", "leader", "leaders", "chancellor", "premier",
        "king", "queen", "prince", "emir", "officials", "delegation", "delegations", "diplomats", "diplomat", "head", "heads", "representatives", "negotiators",
    ];

    private static void AddMeeting(EventPatternBuilder b)
    {
        b.AddBuiltIn(EventType.Meeting, "meeting.met",
            p => p.Trigger(t => t.Word("met", "meet", "meets"))
                .OneOf(q => q.FollowedBy(u => u.Word(MeetFollowers)),
                       q => q.FollowedBy(u => u.Participant()),
                       q => q.FollowedBy(u => u.Time()),
                       q => q.Word("the", "his", "her", "their", "its", "a").NounGap(3).Word(CounterpartNouns),
                       // "met representatives of …", "met officials from …"
                       q => q.FollowedBy(u => u.Word(CounterpartNouns)),
                       // "will meet regional rival Chile's president": one or two modifiers before the party
                       q => q.Repeat(1, 2, r => r.Unit(u => u.Any().NotWord(GapStoppers).NotWord(NounDeterminers)), greedy: false)
                           .FollowedBy(u => u.Participant())),
            o => { o.Form = TriggerForm.Verb; o.Confidence = 0.88; o.Priority = 50; });

        b.AddBuiltIn(EventType.Meeting, "meeting.meeting-noun",
            p => p.Trigger(t => t.Word("meeting", "meetings"))
                .NotFollowedBy(u => u.Word("room", "rooms", "place", "places", "hall", "halls", "point", "points", "house", "minutes", "notes", "venue", "expectations",
                    "the", "demands", "targets", "goals", "requirements", "criteria", "needs", "obligations", "standards", "deadlines", "deadline")),
            o => { o.Form = TriggerForm.Auto; o.Confidence = 0.85; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.talks",
            p => p.NotPrecededBy(u => u.Word("he", "she", "it", "who", "which", "that", "small", "tough", "peace-talks"))
                .Trigger(t => t.Word("talks"))
                .NotFollowedBy(u => u.Word("about", "up", "down", "tough", "of", "to", "with")),
            o => { o.Form = TriggerForm.Noun; o.Confidence = 0.84; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.talks-with",
            p => p.Trigger(t => t.Word("talks")).FollowedBy(u => u.Word("with")),
            o => { o.Form = TriggerForm.Auto; o.Confidence = 0.86; o.Priority = 46; });

        // "held bilateral discussions with X" (in person unless the text says phone or video: those are calls)
        b.AddBuiltIn(EventType.Meeting, "meeting.discussions-with",
            p => p.NotPrecededBy(u => u.Word("phone", "telephone", "video", "virtual", "online", "remote"))
                .Trigger(t => t.Word("discussions", "consultations", "negotiations")).FollowedBy(u => u.Word("with")),
            o => { o.Form = TriggerForm.Noun; o.Confidence = 0.8; o.Priority = 44; });

        b.AddBuiltIn(EventType.Meeting, "meeting.summit",
            p => p.Trigger(t => t.Word("summit", "summits")).NotFollowedBy(u => u.Word("of", "meeting", "meetings", "talks")),
            o => { o.Kind = nameof(MeetingKind.Summit); o.Form = TriggerForm.Noun; o.Confidence = 0.86; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.ministerial",
            p => p.Trigger(t => t.Word("ministerial", "ministerials"))
                .NotFollowedBy(u => u.Word("meeting", "meetings", "level", "conference", "talks", "statement", "declaration", "council", "post", "posts", "portfolio",
                    "rank", "visit", "delegation", "-", "summit", "dialogue", "session", "sessions", "responsibility", "order", "decree", "team")),
            o => { o.Form = TriggerForm.Noun; o.Confidence = 0.82; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.sit-down",
            p => p.Trigger(t => t.Word("sit-down", "sitdown", "tete-a-tete", "t\u00EAte-\u00E0-t\u00EAte", "encounter", "encounters")).FollowedBy(u => u.Word("with", "between")),
            o => { o.Form = TriggerForm.Noun; o.Confidence = 0.8; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.sat-down",
            p => p.Trigger(t => t.Word("sat", "sit", "sits", "sitting").Word("down")).FollowedBy(u => u.Word("with", "for")),
            o => { o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 50; });

        b.AddBuiltIn(EventType.Meeting, "meeting.joint-press-conference",
            p => p.Trigger(t => t.Word("joint").Word("press", "news").Word("conference", "conferences", "briefing", "appearance", "availability")),
            o => { o.Kind = nameof(MeetingKind.PressConference); o.Form = TriggerForm.Noun; o.Confidence = 0.88; o.Priority = 60; });

        b.AddBuiltIn(EventType.Meeting, "meeting.press-conference",
            p => p.Trigger(t => t.Word("press", "news").Word("conference", "conferences")).FollowedBy(u => u.Word("with", "between")),
            o => { o.Kind = nameof(MeetingKind.PressConference); o.Form = TriggerForm.Noun; o.Confidence = 0.8; o.Priority = 55; o.MinParticipants = 2; });

        b.AddBuiltIn(EventType.Meeting, "meeting.visit",
            p => p.Trigger(t => t.Word("visit", "visits", "visited", "visiting"))
                .NotFollowedBy(u => u.Word("card", "cards", "visa", "visas", "center", "centre", "centers", "centres", "permit", "permits", "hours", "rights", "scholar",
                    "professor", "fellow", "researcher", "team", "'s", "\u2019s", "schools", "families", "family", "hospitals", "sites", "site", "website")),
            o => { o.Kind = nameof(MeetingKind.Visit); o.Frame = ArgumentFrame.Visit; o.Form = TriggerForm.Auto; o.Confidence = 0.86; o.Priority = 50; });

        b.AddBuiltIn(EventType.Meeting, "meeting.trip",
            p => p.Trigger(t => t.Word("trip", "trips", "stopover", "tour")).Word("to")
                .OneOf(q => q.FollowedBy(u => u.Country()), q => q.FollowedBy(u => u.EntityType(Entities.EntityType.Location))),
            o => { o.Kind = nameof(MeetingKind.Visit); o.Frame = ArgumentFrame.Visit; o.Form = TriggerForm.Noun; o.Confidence = 0.72; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.host",
            p => p.Trigger(t => t.Word("hosted", "hosts", "host", "hosting", "received", "receives", "receive", "receiving", "welcomed", "welcomes", "welcome", "welcoming"))
                .Slot("Visitor", s => s.Participants(MentionKind.Person | MentionKind.Role | MentionKind.Country))
                .NotFollowedBy(u => u.Word("'s", "\u2019s", "'", "\u2019", "-", "\u2013")),
            o => { o.Kind = nameof(MeetingKind.Visit); o.Frame = ArgumentFrame.Host; o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 55; });

        // "received the visiting Chilean foreign minister", "has received the Omani ambassador to Bahrain"
        b.AddBuiltIn(EventType.Meeting, "meeting.host-the",
            p => p.Trigger(t => t.Word("hosted", "hosts", "host", "hosting", "received", "receives", "receive", "receiving", "welcomed", "welcomes", "welcome", "welcoming"))
                .Word("the", "a", "an")
                .Optional(q => q.Word("visiting", "new", "outgoing", "incoming", "newly-appointed", "top", "senior"))
                .Slot("Visitor", s => s.Participants(MentionKind.Person | MentionKind.Role | MentionKind.Country))
                .NotFollowedBy(u => u.Word("'s", "\u2019s", "'", "\u2019", "-", "\u2013")),
            o => { o.Kind = nameof(MeetingKind.Visit); o.Frame = ArgumentFrame.Host; o.Form = TriggerForm.Verb; o.Confidence = 0.8; o.Priority = 54; });

        b.AddBuiltIn(EventType.Meeting, "meeting.hosted-by",
            p => p.Word("was", "were", "is", "are", "been", "being", "be")
                .Trigger(t => t.Word("hosted", "received", "welcomed"))
                .Word("by").Slot("Host", s => s.Participants()),
            o => { o.Kind = nameof(MeetingKind.Visit); o.Frame = ArgumentFrame.Host; o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 56; });

        b.AddBuiltIn(EventType.Meeting, "meeting.bilateral-noun",
            p => p.Word("a", "the", "their", "his", "her")
                .Trigger(t => t.Word("bilateral", "bilaterals"))
                .FollowedBy(u => u.Word("with", "between", "on", "in", "at", ".", ",", ";", "last", "this", "next", "today", "yesterday")),
            o => { o.Kind = nameof(MeetingKind.Bilateral); o.Form = TriggerForm.Noun; o.Confidence = 0.82; o.Priority = 45; });

        b.AddBuiltIn(EventType.Meeting, "meeting.convene",
            p => p.Trigger(t => t.Word("convene", "convened", "convenes", "convening", "reconvene", "reconvened")),
            o => { o.Frame = ArgumentFrame.Convene; o.Form = TriggerForm.Verb; o.Confidence = 0.8; o.Priority = 45; });
    }
}
