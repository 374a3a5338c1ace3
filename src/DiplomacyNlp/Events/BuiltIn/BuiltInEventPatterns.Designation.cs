using DiplomacyNlp.Events.Patterns;

namespace DiplomacyNlp.Events;

/// <summary>
/// Designation: an authority formally places a person, group or state in an official category (Foreign Terrorist
/// Organization, Specially Designated Global Terrorist, State Sponsor of Terrorism, a sanctions list, persona non grata),
/// removes it, or formally names someone to a post (appointed, named, nominated or confirmed as ambassador, envoy,
/// secretary …).
/// </summary>
internal static partial class BuiltInEventPatterns
{
    /// <summary>Official categories a party can be listed in.</summary>
    internal static readonly string[] ListingCategories =
    [
        "Foreign Terrorist Organization", "Foreign Terrorist Organizations", "Foreign Terrorist Organisation", "Foreign Terrorist Organisations", "FTO", "FTOs",
        "Specially Designated Global Terrorist", "Specially Designated Global Terrorists", "Specially Designated Global Terrorist entity",
        "Specially Designated Global Terrorist entities", "SDGT", "SDGTs", "State Sponsor of Terrorism", "State Sponsors of Terrorism", "state sponsor of terrorism",
        "state sponsors of terrorism", "terrorist organization", "terrorist organizations", "terrorist organisation", "terrorist organisations", "terrorist group",
        "terrorist groups", "terrorist entity", "terrorist entities", "terrorists", "terrorist", "persona non grata", "personae non gratae", "personas non gratas",
        "Specially Designated National", "Specially Designated Nationals", "foreign agent", "foreign agents", "undesirable organization", "undesirable organizations",
        "undesirable organisation", "extremist organization", "extremist organizations", "extremist group", "extremist groups", "transnational criminal organization",
        "transnational criminal organizations", "Transnational Criminal Organization", "Transnational Criminal Organizations", "significant foreign narcotics trafficker",
        "significant foreign narcotics traffickers", "narco-terrorist organization", "narco-terrorist organizations", "narcoterrorist organization",
        "narcoterrorist organizations", "drug kingpin", "sanctioned entity", "sanctioned entities", "sanctioned individual", "sanctioned individuals",
    ];

    /// <summary>Categories that can modify the noun "designation" ("the FTO designation", "terror listing").</summary>
    private static readonly string[] CategoryModifiers = [.. ListingCategories, "terror", "terrorism"];

    /// <summary>Posts someone can be appointed to.</summary>
    internal static readonly string[] Posts =
    [
        "ambassador", "ambassadors", "envoy", "special envoy", "special representative", "representative", "permanent representative", "secretary", "secretary of state",
        "secretary-general", "secretary general", "minister", "foreign minister", "foreign secretary", "prime minister", "president", "vice president", "chancellor",
        "director", "director general", "director-general", "head", "chief", "chief of staff", "commander", "chair", "chairman", "chairwoman", "chairperson",
        "adviser", "advisor", "national security adviser", "national security advisor", "high commissioner", "consul general", "consul", "charg\u00E9 d'affaires",
        "charge d'affaires", "governor", "attorney general", "administrator", "coordinator", "special coordinator", "negotiator", "chief negotiator", "spokesperson",
        "spokesman", "spokeswoman", "deputy", "undersecretary", "under secretary", "assistant secretary", "ambassador-at-large", "ambassador at large", "czar",
        "border czar", "commissioner", "premier", "defense secretary", "defence secretary", "defense minister", "defence minister", "interior minister",
        "finance minister", "trade representative", "attach\u00E9", "mediator", "special adviser", "senior adviser", "deputy secretary", "emissary",
    ];

    private static readonly string[] DesignateVerbs =
    [
        "designated", "designate", "designates", "designating", "listed", "lists", "labeled", "labelled", "labels", "label", "labeling", "labelling",
        "blacklisted", "blacklists", "blacklist", "blacklisting", "classified", "classifies", "classify", "redesignated", "re-designated",
    ];

    private static readonly string[] AppointVerbs =
    [
        "appointed", "appoints", "appoint", "appointing", "named", "names", "nominated", "nominates", "nominate", "nominating", "confirmed", "confirms",
        "tapped", "taps", "picked", "picks", "chose", "chosen", "selected", "designated", "designates", "elevated", "promoted", "installed", "sworn", "reappointed",
    ];

    /// <summary>The post of an appointment: determiners and country/title modifiers, a post (role entity or lexicon), and an optional "to/for/of X".</summary>
    private static void PostCategory(TokenPatternBuilder c) => c
        .Optional(q => q.Word("the", "a", "an", "his", "her", "their", "its", "our", "new", "next", "first"))
        .Repeat(0, 3, q => q.OneOf(r => r.Unit(u => u.Country()), r => r.Unit(u => u.EntityType(Entities.EntityType.Nationality)),
            r => r.Word("u.s.", "'s", "\u2019s", "new", "next", "top", "special", "acting", "interim", "permanent", "first", "sole", "new", "senior", "chief", "deputy")))
        .OneOf(q => q.Unit(u => u.EntityType(Entities.EntityType.Role)), q => q.Unit(u => u.Phrase(Posts)))
        .Optional(q => q.NotFollowedBy(u => u.Time()).Word("to", "for", "of", "at", "in", "on").OneOf(
            r => r.Unit(u => u.Participant()), r => r.Unit(u => u.EntityType(Entities.EntityType.Location)), r => r.Unit(u => u.Capitalized())));

    /// <summary>The person appointed: a person mention, or capitalized words the entity stage did not mark as a person.</summary>
    private static void NamedDesignee(TokenPatternBuilder r) => r.OneOf(
        q => q.Unit(u => u.Participants(MentionKind.Person | MentionKind.Role)),
        q => q.Repeat(1, 4, x => x.Unit(u => u.Capitalized().NotWord("as", "to", "the", "a", "an"))));

    private static void AddDesignation(EventPatternBuilder b)
    {
        b.AddBuiltIn(EventType.Designation, "designation.verb-as",
            p => p.NotPrecededBy(u => u.Word("specially"))
                .Trigger(t => t.Word(DesignateVerbs))
                .Repeat(0, 1, q => q.Capture("Designee", r => r.DesigneeSpan(12)), greedy: false)
                .Optional(q => q.Word("as"))
                .Optional(q => q.Word("a", "an", "the"))
                .Slot("Category", s => s.Phrase(ListingCategories)),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Verb; o.Confidence = 0.9; o.Priority = 60; });

        b.AddBuiltIn(EventType.Designation, "designation.noun-of",
            p => p.Trigger(t => t.Word("designation", "designations", "listing", "listings", "blacklisting", "labeling", "labelling", "classification"))
                .Word("of").Capture("Designee", r => r.DesigneeSpan(12))
                .Word("as").Optional(q => q.Word("a", "an", "the"))
                .Slot("Category", s => s.Phrase(ListingCategories)),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Noun; o.Confidence = 0.9; o.Priority = 60; });

        b.AddBuiltIn(EventType.Designation, "designation.noun-as",
            p => p.Trigger(t => t.Word("designation", "designations", "listing", "listings", "classification"))
                .Word("as").Optional(q => q.Word("a", "an", "the"))
                .Slot("Category", s => s.Phrase(ListingCategories)),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Noun; o.Confidence = 0.85; o.Priority = 58; });

        b.AddBuiltIn(EventType.Designation, "designation.category-noun",
            p => p.Slot("Category", s => s.Phrase(CategoryModifiers))
                .Trigger(t => t.Word("designation", "designations", "listing", "listings", "label", "labels", "blacklisting"))
                .Optional(q => q.Word("of", "for", "against").Capture("Designee", r => r.DesigneeSpan(10))),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Noun; o.Confidence = 0.8; o.Priority = 55; });

        b.AddBuiltIn(EventType.Designation, "designation.add-to-list",
            p => p.Trigger(t => t.Word("added", "adds", "add", "adding", "placed", "places", "place", "placing", "put", "puts", "putting", "included", "includes"))
                .Optional(q => q.Capture("Designee", r => r.DesigneeSpan(10)))
                .Word("to", "on", "in").Optional(q => q.Word("the", "a", "its", "their", "an"))
                .Capture("Category", c => c.Repeat(0, 5, q => q.Unit(u => u.Any().NotWord(".", ";", ",", "for", "because", "after", "over", "list", "blacklist", "lists")))
                    .Word("list", "blacklist", "lists", "List")),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 55; });

        b.AddBuiltIn(EventType.Designation, "designation.persona-non-grata",
            p => p.Trigger(t => t.Word("declared", "declares", "declare", "declaring", "named", "deemed", "declaration"))
                .Optional(q => q.Capture("Designee", r => r.DesigneeSpan(10)))
                .Optional(q => q.Word("a", "as", "of"))
                .Slot("Category", s => s.Phrase("persona non grata", "personae non gratae", "personas non gratas", "persona non-grata")),
            o => { o.Kind = nameof(DesignationKind.Listing); o.Form = TriggerForm.Verb; o.Confidence = 0.92; o.Priority = 62; });

        b.AddBuiltIn(EventType.Designation, "designation.revoke",
            p => p.Trigger(t => t.Word("revoked", "revoke", "revokes", "revoking", "rescinded", "rescind", "rescinds", "lifted", "lift", "lifts", "withdrew", "withdraw",
                    "withdraws", "reversed", "reverse", "reverses"))
                .NounGap(3).Word("designation", "designations", "listing", "listings", "label")
                .Optional(q => q.Word("of").Capture("Designee", r => r.DesigneeSpan(10)))
                .Optional(q => q.Word("as").Optional(r => r.Word("a", "an", "the")).Slot("Category", s => s.Phrase(ListingCategories))),
            o => { o.Kind = nameof(DesignationKind.Delisting); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 60; });

        b.AddBuiltIn(EventType.Designation, "designation.remove-from-list",
            p => p.Trigger(t => t.Word("removed", "removes", "remove", "removing", "delisted", "delists", "delist", "delisting", "struck", "dropped"))
                .Optional(q => q.Capture("Designee", r => r.DesigneeSpan(10)))
                .Word("from").Optional(q => q.Word("the", "a", "its", "their"))
                .Capture("Category", c => c.Repeat(0, 5, q => q.Unit(u => u.Any().NotWord(".", ";", ",", "list", "blacklist", "lists")))
                    .Word("list", "blacklist", "lists", "List")),
            o => { o.Kind = nameof(DesignationKind.Delisting); o.Form = TriggerForm.Verb; o.Confidence = 0.85; o.Priority = 60; });

        b.AddBuiltIn(EventType.Designation, "designation.appoint",
            p => p.Trigger(t => t.Word(AppointVerbs))
                .Optional(q => q.Capture("Designee", NamedDesignee))
                .Optional(q => q.Word("in"))
                .OneOf(q => q.Word("as"), q => q.Word("to").Word("be"), q => q.Word("to").FollowedBy(u => u.Word("the", "a", "an", "serve", "lead", "head")).Optional(r => r.Word("serve", "lead", "head").Word("as")))
                .Capture("Category", PostCategory),
            o => { o.Kind = nameof(DesignationKind.Appointment); o.Form = TriggerForm.Verb; o.Confidence = 0.88; o.Priority = 56; });

        b.AddBuiltIn(EventType.Designation, "designation.appointment-of",
            p => p.Trigger(t => t.Word("appointment", "nomination", "confirmation", "designation", "naming", "selection"))
                .Word("of").Capture("Designee", NamedDesignee)
                .OneOf(q => q.Word("as"), q => q.Word("to"))
                .Capture("Category", PostCategory),
            o => { o.Kind = nameof(DesignationKind.Appointment); o.Form = TriggerForm.Noun; o.Confidence = 0.86; o.Priority = 57; });
    }
}
