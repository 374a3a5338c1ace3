using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;
using static DiplomacyNlp.Tests.Rendering.AnnotatedResult;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>
/// A short news-like text of the project's own (invented people) with a complete hand-made analysis: nested entities
/// (a country inside a role, a nationality inside a role), a mention without an entity (a pronoun), people with roles,
/// an organization, countries, times, and three events (a meeting whose evidence includes the headline, a signed
/// agreement, a phone call).
/// </summary>
internal static class NewsSample
{
    public const string Headline = "Ministers Meet in Geneva on Port Security";
    public const string Sentence1 = "GENEVA, May 12, 2025 — U.S. Secretary of State Daniel Okafor met Portuguese Foreign Minister Inês Carvalho in Geneva on Monday to discuss port security.";
    public const string Sentence2 = "The two ministers signed a memorandum on joint port inspections.";
    public const string Sentence3 = "Okafor later spoke by phone with Kenyan President Amina Wekesa, who said she welcomed the call, the State Department said.";
    public const string Text = Headline + "\n\n" + Sentence1 + " " + Sentence2 + " " + Sentence3 + "\n";

    public static AnalysisResult Build() => Annotate().Build(new DocumentInfo { Id = "geneva-talks", Published = new DateOnly(2025, 5, 12) });

    public static AnnotatedResult Annotate()
    {
        var a = new AnnotatedResult(Text);
        a.Entity(EntityType.Location, "GENEVA", canonical: "Geneva", country: "CHE");
        a.Entity(EntityType.Date, "May 12, 2025", canonical: "2025-05-12");
        var usRole = a.Entity(EntityType.Role, "U.S. Secretary of State", country: "USA", canonical: "Secretary of State", sector: "GOV");
        var us = a.Entity(EntityType.Location, "U.S.", country: "USA", canonical: "United States");
        var okafor = a.Entity(EntityType.Person, "Daniel Okafor");
        var ptRole = a.Entity(EntityType.Role, "Portuguese Foreign Minister", country: "PRT", canonical: "Foreign Minister", sector: "GOV");
        var pt = a.Entity(EntityType.Nationality, "Portuguese", country: "PRT", canonical: "Portugal");
        var carvalho = a.Entity(EntityType.Person, "Inês Carvalho");
        var geneva = a.Entity(EntityType.Location, "Geneva", occurrence: 2, country: "CHE");
        a.Entity(EntityType.Date, "Monday", canonical: "2025-05-12");
        var okafor2 = a.Entity(EntityType.Person, "Okafor", occurrence: 2);
        var ke = a.Entity(EntityType.Nationality, "Kenyan", country: "KEN", canonical: "Kenya");
        var keRole = a.Entity(EntityType.Role, "President", canonical: "President", sector: "GOV");
        var wekesa = a.Entity(EntityType.Person, "Amina Wekesa");
        var state = a.Entity(EntityType.Organization, "State Department", country: "USA", sector: "GOV");

        var p1 = a.Person("Daniel Okafor", "USA", [MentionOf(okafor), MentionOf(okafor2)], RoleOf(usRole, "USA"));
        var p2 = a.Person("Inês Carvalho", "PRT", [MentionOf(carvalho)], RoleOf(ptRole, "PRT"));
        var she = a.Mention("she");
        var p3 = a.Person("Amina Wekesa", "KEN", [MentionOf(wekesa), she], RoleOf(keRole, "KEN"));
        a.Organization("State Department", null, "USA", MentionOf(state));
        a.Country("USA", "United States", MentionOf(us));
        a.Country("PRT", "Portugal", MentionOf(pt));
        a.Country("KEN", "Kenya", MentionOf(ke));
        var monday = a.Time("on Monday", "2025-05-12", TimeGranularity.Day);
        a.Time("May 12, 2025", "2025-05-12", TimeGranularity.Day);

        var twoMinisters = a.Mention("The two ministers");
        a.Add(new MeetingEvent
        {
            Id = a.NextEventId, Type = EventType.Meeting, Kind = "Bilateral", MeetingKind = MeetingKind.Bilateral,
            Trigger = a.Find("met"), TriggerText = "met", Sentence = a.Find(Sentence1),
            Evidence = [a.Find(Headline), a.Find(Sentence1)],
            Participants = [Participant(p1, MentionOf(okafor), ArgumentRole.Participant, "USA"), Participant(p2, MentionOf(carvalho), ArgumentRole.Participant, "PRT")],
            Date = monday,
            Location = new EventLocation { Ref = geneva.Id, Text = "Geneva", Span = geneva.Span, Country = "CHE" },
            Status = EventStatus.Occurred, Confidence = 0.93, Rule = "meeting.met; status:tense; merged:headline",
            Codes = new EventCodes("044", "CONSULT", "third-party"),
        });
        a.Add(new AgreementEvent
        {
            Id = a.NextEventId, Type = EventType.Agreement, Kind = "Signed", AgreementKind = AgreementKind.Signed,
            Trigger = a.Find("signed"), TriggerText = "signed", Sentence = a.Find(Sentence2), Evidence = [a.Find(Sentence2)],
            Participants = [Participant(p1, twoMinisters, ArgumentRole.Signatory, "USA"), Participant(p2, twoMinisters, ArgumentRole.Signatory, "PRT")],
            Status = EventStatus.Occurred, Confidence = 0.88, Rule = "agreement.sign; subject:reference",
            Codes = new EventCodes("057", "SUPPORT", null),
        });
        a.Add(new CallEvent
        {
            Id = a.NextEventId, Type = EventType.Call, Kind = "Phone", Mode = CallMode.Phone,
            Trigger = a.Find("spoke by phone"), TriggerText = "spoke by phone", Sentence = a.Find(Sentence3), Evidence = [a.Find(Sentence3)],
            Participants = [Participant(p1, MentionOf(okafor2), ArgumentRole.Participant, "USA"), Participant(p3, MentionOf(wekesa), ArgumentRole.Participant, "KEN")],
            Status = EventStatus.Occurred, Confidence = 0.95, Rule = "call.by-phone; status:tense",
            Codes = new EventCodes("041", "CONSULT", "phone"),
        });
        return a;
    }
}
