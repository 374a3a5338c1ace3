namespace DiplomacyNlp.Events;

/// <summary>Call: a remote conversation between parties (phone call, spoke by phone, telephoned, call with, video conference, virtual meeting).</summary>
internal static partial class BuiltInEventPatterns
{
    private static readonly string[] SpeakVerbs =
        ["spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talking", "chatted", "chat", "conferred", "confer", "conferring", "held", "hold", "holds", "met", "meet", "meets", "discussed", "discuss", "discusses", "discussing", "consulted", "consult", "consults"];

    private static void AddCall(EventPatternBuilder b)
    {
        b.AddBuiltIn(EventType.Call, "call.phone-noun",
            p => p.Trigger(t => t.Word("phone", "telephone", "telephonic", "conference", "cell", "cellphone")
                .Word("call", "calls", "conversation", "conversations", "talks", "discussion", "discussions", "exchange", "chat", "contact", "consultation", "consultations", "conference")),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Noun; o.Confidence = 0.92; o.Priority = 60; });

        b.AddBuiltIn(EventType.Call, "call.phone-word",
            p => p.Trigger(t => t.Word("phonecall", "phone-call", "phonecalls", "phone-calls", "telephone-call")),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Noun; o.Confidence = 0.92; o.Priority = 60; });

        b.AddBuiltIn(EventType.Call, "call.by-phone",
            p => p.Trigger(t => t.Word(SpeakVerbs).NotFollowedBy(u => u.Word("out", "up", "about")))
                .NounGap(10)
                .OneOf(q => q.Word("by", "over", "via").Optional(r => r.Word("the")).Word("phone", "telephone", "phones", "telephones"),
                       q => q.Word("on").Word("the").Word("phone", "telephone")),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Verb; o.Confidence = 0.93; o.Priority = 70; });

        b.AddBuiltIn(EventType.Call, "call.talks-by-phone",
            p => p.Trigger(t => t.Word("talks", "conversation", "conversations", "discussions", "consultations", "call", "calls"))
                .Word("by", "over", "via").Optional(r => r.Word("the")).Word("phone", "telephone"),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Auto; o.Confidence = 0.92; o.Priority = 70; });

        // "spoke today with X": without a medium this could be a call or a meeting, so it only adds its evidence (its date,
        // its parties) to a call the document reports in other words ("Readout: Secretary's Call with …")
        b.AddBuiltIn(EventType.Call, "call.spoke-with",
            p => p.Trigger(t => t.Word("spoke", "speaks", "talked", "spoken"))
                .Optional(q => q.Word("today", "yesterday", "again", "briefly", "separately", "also", "later", "earlier"))
                .Word("with")
                .Slot("Counterpart", s => s.Participants()),
            o => { o.Form = TriggerForm.Verb; o.Confidence = 0.6; o.Priority = 5; o.EvidenceOnly = true; });

        b.AddBuiltIn(EventType.Call, "call.telephoned",
            p => p.Trigger(t => t.Word("telephoned", "phoned", "telephones", "phones", "telephoning", "phoning"))
                .Slot("Counterpart", s => s.Participants()),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Verb; o.Confidence = 0.9; o.Priority = 60; });

        b.AddBuiltIn(EventType.Call, "call.telephone-verb",
            p => p.PrecededBy(u => u.Word("will", "would", "could", "may", "might", "can", "should", "must", "did", "not", "n't", "to", "'ll", "also", "later", "then", "often"))
                .Trigger(t => t.Word("telephone", "phone"))
                .Slot("Counterpart", s => s.Participants()),
            o => { o.Kind = nameof(CallMode.Phone); o.Form = TriggerForm.Verb; o.Confidence = 0.88; o.Priority = 60; });

        b.AddBuiltIn(EventType.Call, "call.video-noun",
            p => p.Trigger(t => t.OneOf(
                q => q.Word("video", "virtual", "online", "remote").Word("call", "calls", "conference", "conferences", "link", "meeting", "meetings", "talks", "summit", "summits",
                    "chat", "conversation", "conversations", "session", "sessions", "discussion", "discussions", "consultations"),
                q => q.Word("videoconference", "videoconferences", "video-conference", "video-conferences", "videocall", "videocalls", "video-call", "video-calls",
                    "teleconference", "teleconferences", "videoconferencing", "video-link", "videolink"))),
            o => { o.Kind = nameof(CallMode.Video); o.Form = TriggerForm.Noun; o.Confidence = 0.9; o.Priority = 65; });

        b.AddBuiltIn(EventType.Call, "call.met-virtually",
            p => p.Trigger(t => t.Word("met", "meet", "meets", "meeting", "spoke", "speak", "speaks", "talked", "held", "hold", "conferred").Word("virtually", "online", "remotely")),
            o => { o.Kind = nameof(CallMode.Video); o.Form = TriggerForm.Verb; o.Confidence = 0.88; o.Priority = 75; });

        b.AddBuiltIn(EventType.Call, "call.by-video",
            p => p.Trigger(t => t.Word(SpeakVerbs))
                .NounGap(10)
                .Word("by", "via", "over", "through")
                .OneOf(q => q.Word("video", "videoconference", "videolink", "video-link", "teleconference", "zoom", "skype")),
            o => { o.Kind = nameof(CallMode.Video); o.Form = TriggerForm.Verb; o.Confidence = 0.9; o.Priority = 75; });

        b.AddBuiltIn(EventType.Call, "call.called",
            p => p.NotPrecededBy(u => u.Word("be", "been", "being", "is", "was", "were", "are", "so"))
                .Trigger(t => t.Word("called", "calls"))
                .Slot("Counterpart", s => s.Participants(MentionKind.Person))
                // "called X on Wednesday" is a call; "called X on …" otherwise is not
                .OneOf(q => q.Word("on").FollowedBy(u => u.Time()),
                    q => q.NotFollowedBy(u => u.Word("a", "an", "the", "as", "his", "her", "their", "its", "'s", "\u2019s", "one", "on", "for", "out", "back", "it", "upon"))),
            o => { o.Kind = nameof(CallMode.Unspecified); o.Form = TriggerForm.Verb; o.Confidence = 0.72; o.Priority = 40; });

        b.AddBuiltIn(EventType.Call, "call.call-noun",
            p => p.NotPrecededBy(u => u.Word("to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does", "do", "n't", "not", "they", "we", "i",
                    "you", "he", "she", "it", "who", "which", "that", "also", "roll", "wake-up", "close", "judgment", "judgement", "tough", "hard", "difficult", "final",
                    "wrong", "right", "good", "bad", "clarion", "curtain", "cold", "margin", "casting", "closing", "duty", "toll", "bugle", "rallying", "renewed",
                    "repeated", "growing", "louder", "loud", "urgent", "public", "his", "her", "their", "its", "mating", "port", "booty", "last", "and", "or", "strong"))
                .Trigger(t => t.Word("call"))
                .OneOf(q => q.FollowedBy(u => u.Time()), q => q.NotFollowedBy(u => u.Word("on")))
                .NotFollowedBy(u => u.Word("for", "upon", "to", "off", "out", "it", "them", "him", "her", "us", "back", "in", "up", "into", "a", "an", "the",
                    "his", "their", "of", "attention", "centre", "center", "sign", "option", "options", "number", "numbers", "letters", "ahead", "from")),
            o => { o.Kind = nameof(CallMode.Unspecified); o.Form = TriggerForm.Noun; o.Confidence = 0.8; o.Priority = 30; });

        b.AddBuiltIn(EventType.Call, "call.calls-with",
            p => p.Trigger(t => t.Word("calls")).FollowedBy(u => u.Word("with", "between")),
            o => { o.Kind = nameof(CallMode.Unspecified); o.Form = TriggerForm.Noun; o.Confidence = 0.78; o.Priority = 30; });

        b.AddBuiltIn(EventType.Call, "call.conversation",
            p => p.NotPrecededBy(u => u.Word("national", "public", "wider", "broader", "global", "difficult", "honest", "ongoing"))
                .Trigger(t => t.Word("conversation", "conversations")),
            o => { o.Kind = nameof(CallMode.Unspecified); o.Form = TriggerForm.Noun; o.Confidence = 0.62; o.Priority = 20; });
    }
}
