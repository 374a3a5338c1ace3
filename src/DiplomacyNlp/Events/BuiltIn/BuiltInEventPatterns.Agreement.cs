namespace DiplomacyNlp.Events;

/// <summary>
/// Agreement: parties agree, sign, ratify, conclude, reach or announce an agreement, accord, framework, memorandum or
/// joint statement, or commit jointly to a course of action. "Agreed that &lt;opinion&gt;" is at most a low-confidence
/// commitment.
/// </summary>
internal static partial class BuiltInEventPatterns
{
    private static readonly string[] AgreeForms = ["agreed", "agree", "agrees", "agreeing"];

    /// <summary>Words after "agreed to" that make it an acceptance of something rather than a commitment to act.</summary>
    private static readonly string[] NotInfinitive =
    [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "it", "them", "him", "us", "terms", "demands", "requests",
        "conditions", "some", "all", "most", "such", "any", "each", "both", "what", "whatever",
    ];

    private static readonly string[] SignVerbs =
        ["signed", "sign", "signs", "signing", "ratified", "ratify", "ratifies", "ratifying", "concluded", "conclude", "concludes", "inked", "ink", "inks", "initialed", "initialled", "co-signed"];

    private static readonly string[] ReachVerbs =
        ["reached", "reach", "reaches", "reaching", "struck", "strike", "strikes", "striking", "clinched", "clinch", "clinches", "sealed", "seal", "seals",
         "finalized", "finalised", "finalize", "finalise", "finalizes", "brokered", "forged", "forge", "forges", "agreed"];

    private static readonly string[] AnnounceVerbs = ["announced", "announce", "announces", "unveiled", "unveil", "unveils", "secured", "secure", "adopted", "adopt", "adopts", "approved", "endorsed"];

    /// <summary>What can be reached or struck (computed on use: the agreement nouns live in another part of this class).</summary>
    private static string[] ReachObjects => [.. AgreementNouns, "consensus", "settlement", "compromise"];

    private static readonly string[] AuxiliaryWords =
        ["was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "will", "would", "not", "n't", "finally", "formally", "successfully", "recently", "also", "jointly", "later", "eventually"];

    private static void AddAgreement(EventPatternBuilder b)
    {
        b.AddBuiltIn(EventType.Agreement, "agreement.agree-to",
            p => p.Trigger(t => t.Word(AgreeForms))
                .Optional(q => q.Unit(u => u.Time()))
                .Word("to")
                .NotFollowedBy(u => u.Word(NotInfinitive))
                .NotFollowedBy(u => u.Participant()),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 50; });

        b.AddBuiltIn(EventType.Agreement, "agreement.agree-on",
            p => p.Trigger(t => t.Word(AgreeForms))
                .NotFollowedBy(u => u.Time())
                .Word("on", "upon"),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 50; });

        b.AddBuiltIn(EventType.Agreement, "agreement.agree-that",
            p => p.Trigger(t => t.Word(AgreeForms)).Optional(q => q.Unit(u => u.Time())).Word("that"),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.35; o.Priority = 40; });

        b.AddBuiltIn(EventType.Agreement, "agreement.agree-with",
            p => p.Trigger(t => t.Word(AgreeForms)).Word("with").Slot("Counterpart", s => s.Participants())
                .Optional(q => q.Unit(u => u.Time()))
                .OneOf(q => q.Word("to").NotFollowedBy(u => u.Word(NotInfinitive)), q => q.Word("on", "upon")),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.82; o.Priority = 55; });

        b.AddBuiltIn(EventType.Agreement, "agreement.agree-with-that",
            p => p.Trigger(t => t.Word(AgreeForms)).Word("with").Slot("Counterpart", s => s.Participants()).Word("that"),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.35; o.Priority = 55; });

        b.AddBuiltIn(EventType.Agreement, "agreement.agree-deal",
            p => p.Trigger(t => t.Word(AgreeForms)).Word("a", "an", "the", "new").NounGap(3).Word(AgreementNouns),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 56; });

        // "agreed to a ceasefire", "agreed on a new trade deal": the parties reached the agreement named after "to"/"on"
        b.AddBuiltIn(EventType.Agreement, "agreement.agree-to-deal",
            p => p.Trigger(t => t.Word(AgreeForms)).Optional(q => q.Unit(u => u.Time()))
                .Word("to", "on", "upon").Word("a", "an", "the", "new").NounGap(3).Word(AgreementNouns),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 57; });

        b.AddBuiltIn(EventType.Agreement, "agreement.sign",
            p => p.Trigger(t => t.Word(SignVerbs)).NotFollowedBy(u => u.Word("up", "off", "out", "on", "in"))
                .NounGap(6).Word(AgreementNouns),
            o => { o.Kind = nameof(AgreementKind.Signed); o.Form = TriggerForm.Verb; o.Confidence = 0.9; o.Priority = 55; });

        b.AddBuiltIn(EventType.Agreement, "agreement.signing-of",
            p => p.Trigger(t => t.Word("signing", "ratification", "conclusion")).Word("of").NounGap(5).Word(AgreementNouns),
            o => { o.Kind = nameof(AgreementKind.Signed); o.Form = TriggerForm.Noun; o.Confidence = 0.88; o.Priority = 57; });

        b.AddBuiltIn(EventType.Agreement, "agreement.reach",
            p => p.Trigger(t => t.Word(ReachVerbs)).NotFollowedBy(u => u.Word("out", "into", "for", "that", "to", "with", "on"))
                .NounGap(5).Word(ReachObjects),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Verb; o.Confidence = 0.86; o.Priority = 55; });

        b.AddBuiltIn(EventType.Agreement, "agreement.hammered-out",
            p => p.Trigger(t => t.Word("hammered", "hammer", "worked", "work").Word("out")).NounGap(5).Word(ReachObjects),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Verb; o.Confidence = 0.84; o.Priority = 55; });

        b.AddBuiltIn(EventType.Agreement, "agreement.announce",
            p => p.Trigger(t => t.Word(AnnounceVerbs)).NounGap(4).Word(AgreementNouns),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Verb; o.Confidence = 0.75; o.Priority = 50; });

        b.AddBuiltIn(EventType.Agreement, "agreement.noun-signed",
            p => p.Trigger(t => t.Word(AgreementNouns))
                .Optional(q => q.Word(","))
                .Repeat(0, 3, q => q.Word(AuxiliaryWords))
                .Word("signed", "ratified", "concluded", "inked", "initialed", "initialled")
                .Optional(q => q.Word("by", "between", "with").Slot("Signatory", s => s.Participants())),
            o => { o.Kind = nameof(AgreementKind.Signed); o.Form = TriggerForm.Noun; o.Confidence = 0.85; o.Priority = 52; });

        b.AddBuiltIn(EventType.Agreement, "agreement.noun-reached",
            p => p.Trigger(t => t.Word(AgreementNouns))
                .Optional(q => q.Word(","))
                .Repeat(0, 3, q => q.Word(AuxiliaryWords))
                .Word("agreed", "reached", "struck", "sealed", "finalized", "finalised", "brokered", "clinched", "announced", "adopted", "forged")
                .Optional(q => q.Word("by", "between", "with").Slot("Signatory", s => s.Participants())),
            o => { o.Kind = nameof(AgreementKind.Reached); o.Form = TriggerForm.Noun; o.Confidence = 0.82; o.Priority = 52; });

        b.AddBuiltIn(EventType.Agreement, "agreement.joint-statement",
            p => p.Trigger(t => t.Word("joint", "common").Word("statement", "statements", "declaration", "declarations", "communique", "communiqué", "communiques", "communiqués", "readout")),
            o => { o.Kind = nameof(AgreementKind.JointStatement); o.Form = TriggerForm.Noun; o.Confidence = 0.9; o.Priority = 60; });

        b.AddBuiltIn(EventType.Agreement, "agreement.commit-jointly",
            p => p.Trigger(t => t.OneOf(
                q => q.Word("jointly", "mutually").Word("committed", "commit", "commits", "pledged", "pledge", "pledges", "vowed", "vow"),
                q => q.Word("committed", "pledged", "vowed", "commit", "pledge").Word("jointly", "together", "mutually"))),
            o => { o.Kind = nameof(AgreementKind.Commitment); o.Form = TriggerForm.Verb; o.Confidence = 0.8; o.Priority = 50; });

        b.AddBuiltIn(EventType.Agreement, "agreement.anaphor",
            p => p.PrecededBy(u => u.Word("the", "this", "that"))
                .Trigger(t => t.Word("agreement", "accord", "deal", "pact", "treaty", "memorandum", "statement", "declaration", "framework", "arrangement")),
            o => { o.Form = TriggerForm.Noun; o.Confidence = 0.5; o.Priority = 5; o.EvidenceOnly = true; });
    }
}
