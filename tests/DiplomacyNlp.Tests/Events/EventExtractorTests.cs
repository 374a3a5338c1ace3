using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.Events.Patterns;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Serialization;

namespace DiplomacyNlp.Tests.Events;

/// <summary>Event extraction on hand-built documents (clusters and entities given), so that the rules are tested apart from the models.</summary>
public sealed class EventExtractorTests
{
    private static AnnotatedText Ministers(string text) => AnnotatedText.Of(text)
        .Person("Helen Marchetti", "CAN", "Marchetti").Person("Tiago Moreira", "BRA", "Moreira")
        .Country("Canada", "CAN").Country("Brazil", "BRA").Place("Ottawa").Place("Brasilia").Published(2025, 3, 5);

    [Test]
    public void ParticipantsReferToClusters()
    {
        var e = Ministers("Marchetti spoke by phone with Moreira on Tuesday.").Extract().Single();
        Assert.Multiple(() =>
        {
            Assert.That(e, Is.InstanceOf<CallEvent>());
            Assert.That(((CallEvent)e).Mode, Is.EqualTo(CallMode.Phone));
            Assert.That(e.Participants.Select(p => p.Ref), Is.EqualTo(new[] { "p1", "p2" }));
            Assert.That(e.Participants.Select(p => p.Name), Is.EqualTo(new[] { "Helen Marchetti", "Tiago Moreira" }));
            Assert.That(e.Participants.Select(p => p.Country), Is.EqualTo(new[] { "CAN", "BRA" }));
            Assert.That(e.Date?.Value, Is.EqualTo("2025-03-04"));
            Assert.That(e.Codes, Is.EqualTo(new EventCodes("041", "CONSULT", "phone")));
            Assert.That(e.Confidence, Is.InRange(0.0, 1.0));
            Assert.That(e.Rule, Does.StartWith("call.by-phone").And.Contain("status:"));
        });
    }

    [Test]
    public void EntitiesAloneAreEnough()
    {
        var e = Ministers("Helen Marchetti met Tiago Moreira in Ottawa.").EntitiesOnly().Extract().Single();
        Assert.Multiple(() =>
        {
            Assert.That(e.Type, Is.EqualTo(EventType.Meeting));
            Assert.That(e.Participants.Select(p => p.Name), Is.EqualTo(new[] { "Helen Marchetti", "Tiago Moreira" }));
            Assert.That(e.Participants.All(p => p.Ref is null), Is.True);
            Assert.That(e.Location?.Text, Is.EqualTo("Ottawa"));
        });
    }

    [Test]
    public void SurnamesJoinTheFullNameWithoutClusters()
    {
        var events = Ministers("Helen Marchetti met Tiago Moreira in Ottawa. The meeting between Marchetti and Moreira lasted an hour.").EntitiesOnly().Extract();
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.That(events[0].Evidence, Has.Count.EqualTo(2));
    }

    [Test]
    public void CoordinatedCountriesAreSplitAndCoded()
    {
        var e = Ministers("Canada and Brazil signed a border agreement in Brasilia.").Extract().Single();
        Assert.Multiple(() =>
        {
            Assert.That(e, Is.InstanceOf<AgreementEvent>());
            Assert.That(((AgreementEvent)e).AgreementKind, Is.EqualTo(AgreementKind.Signed));
            Assert.That(e.Participants.Select(p => (p.Ref, p.Role)), Is.EqualTo(new[] { ("c1", ArgumentRole.Signatory), ("c2", ArgumentRole.Signatory) }));
            Assert.That(e.Codes.Cameo, Is.EqualTo("057"));
        });
    }

    [Test]
    public void ElidedSubjectIsCarriedOver()
    {
        var events = Ministers("Marchetti and Moreira met in Ottawa and agreed to share radar data.").Extract();
        var agreement = events.OfType<AgreementEvent>().Single();
        Assert.That(agreement.Participants.Select(p => p.Name), Is.EquivalentTo(new[] { "Helen Marchetti", "Tiago Moreira" }));
        Assert.That(agreement.Rule, Does.Contain("elided"));
    }

    [Test]
    public void PluralReferencesTakeTheEarlierParties()
    {
        var events = Ministers("Marchetti met Moreira in Ottawa. The two ministers will meet again in Brasilia next week.").Extract();
        var planned = events.Single(e => e.Status == EventStatus.Planned);
        Assert.Multiple(() =>
        {
            Assert.That(planned.Participants.Select(p => p.Name), Is.EquivalentTo(new[] { "Helen Marchetti", "Tiago Moreira" }));
            Assert.That(planned.Location?.Text, Is.EqualTo("Brasilia"));
            Assert.That(planned.Date?.Value, Is.EqualTo("2025-03-10"));
            Assert.That(planned.Codes.Cameo, Is.EqualTo("036"));
            Assert.That(events, Has.Count.EqualTo(2), "a planned meeting and an earlier one stay two events");
        });
    }

    [Test]
    public void VisitRolesAndDestination()
    {
        var e = Ministers("Marchetti's official visit to Brazil began on Monday.").Extract().Single();
        Assert.Multiple(() =>
        {
            Assert.That(((MeetingEvent)e).MeetingKind, Is.EqualTo(MeetingKind.Visit));
            Assert.That(e.Participants.Single(p => p.Role == ArgumentRole.Visitor).Name, Is.EqualTo("Helen Marchetti"));
            Assert.That(e.Participants.Single(p => p.Role == ArgumentRole.Host).Ref, Is.EqualTo("c2"));
            Assert.That(e.Location?.Ref, Is.EqualTo("c2"));
            Assert.That(e.Location?.Country, Is.EqualTo("BRA"));
            Assert.That(e.Codes, Is.EqualTo(new EventCodes("042", "CONSULT", "visit")));
        });
    }

    [Test]
    public void ThirdLocationMeetingIsCoded044()
    {
        var e = AnnotatedText.Of("Marchetti met Moreira in Norway.").Person("Helen Marchetti", "CAN", "Marchetti").Person("Tiago Moreira", "BRA", "Moreira")
            .Country("Norway", "NOR").Extract().Single();
        Assert.That(e.Codes, Is.EqualTo(new EventCodes("044", "CONSULT", "third-party")));
    }

    [TestCase("Marchetti did not meet Moreira.", EventStatus.Negated)]
    [TestCase("Marchetti could meet Moreira if the talks advance.", EventStatus.Hypothetical)]
    [TestCase("Marchetti offered to meet Moreira.", EventStatus.Proposed)]
    [TestCase("Marchetti reportedly met Moreira.", EventStatus.Reported)]
    [TestCase("Marchetti is set to meet Moreira.", EventStatus.Planned)]
    [TestCase("Marchetti met Moreira.", EventStatus.Occurred)]
    public void StatusFollowsTheVerbChain(string text, EventStatus expected)
    {
        var e = Ministers(text).Extract().Single(x => x.Type == EventType.Meeting);
        Assert.That(e.Status, Is.EqualTo(expected), e.Rule);
    }

    [Test]
    public void OpinionAgreementIsWeak()
    {
        var e = Ministers("Marchetti and Moreira agreed that the crisis was serious.").Extract().Single();
        Assert.That(e.Confidence, Is.LessThan(0.5));
        Assert.That(((AgreementEvent)e).AgreementKind, Is.EqualTo(AgreementKind.Commitment));
    }

    [Test]
    public void DesignationKeepsDesignatorDesigneeAndCategory()
    {
        var e = AnnotatedText.Of("Canada designated the Red Harbor cartel as a Foreign Terrorist Organization.").Country("Canada", "CAN").Org("Red Harbor cartel")
            .Extract().OfType<DesignationEvent>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(e.DesignationKind, Is.EqualTo(DesignationKind.Listing));
            Assert.That(e.Category, Is.EqualTo("Foreign Terrorist Organization"));
            Assert.That(e.Participants.Single(p => p.Role == ArgumentRole.Designator).Ref, Is.EqualTo("c1"));
            Assert.That(e.Participants.Single(p => p.Role == ArgumentRole.Designee).Ref, Is.EqualTo("o1"));
        });
    }

    [Test]
    public void EvidenceSpansPointIntoTheText()
    {
        const string text = "Marchetti spoke by phone with Moreira. The call lasted an hour.";
        var e = Ministers(text).Extract().Single();
        Assert.That(e.Evidence.Select(s => text.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "Marchetti spoke by phone with Moreira.", "The call lasted an hour." }));
        Assert.That(text.Substring(e.Trigger.Start, e.Trigger.Length), Is.EqualTo(e.TriggerText));
    }

    [Test]
    public void UserPatternsAddTriggersAndTypes()
    {
        var set = new EventPatternBuilder()
            .Add(EventType.Meeting, p => p.Slot("Actor", s => s.EntityType(EntityType.Person)).Trigger("broke bread with").Slot("Counterpart", s => s.EntityType(EntityType.Person)),
                o => { o.Name = "user.broke-bread"; o.Kind = nameof(MeetingKind.Bilateral); })
            .AddTrigger(new EventType("Protest"), "demonstrated against")
            .Build();
        var doc = AnnotatedText.Of("Helen Marchetti broke bread with Tiago Moreira. Canada demonstrated against the tariffs.")
            .Person("Helen Marchetti").Person("Tiago Moreira").Country("Canada", "CAN").Build();
        var events = new EventExtractor(set).Extract(doc);
        Assert.Multiple(() =>
        {
            var meeting = events.Single(e => e.Type == EventType.Meeting);
            Assert.That(meeting.Rule, Does.StartWith("user.broke-bread"));
            Assert.That(meeting.Participants.Select(p => p.Name), Is.EqualTo(new[] { "Helen Marchetti", "Tiago Moreira" }));
            var protest = events.Single(e => e.Type.Name == "Protest");
            Assert.That(protest, Is.Not.InstanceOf<MeetingEvent>());
            Assert.That(protest.Participants.Single().Name, Is.EqualTo("Canada"));
        });
    }

    [Test]
    public void BuiltInPatternsCanBeRemoved()
    {
        var builder = new EventPatternBuilder();
        int removed = builder.RemoveWhere(p => p.Type == EventType.Call);
        Assert.That(removed, Is.GreaterThan(5));
        var events = new EventExtractor(builder.Build()).Extract(Ministers("Marchetti spoke by phone with Moreira.").Build());
        Assert.That(events, Is.Empty);
    }

    [Test]
    public void UseEventsIsIdempotentAndAddsUserPatterns()
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().UseEvents().UseEvents();
        Assert.That(builder.Components.Count(c => c is EventComponent), Is.EqualTo(1));
        Assert.That(builder.Components[^1], Is.InstanceOf<EventComponent>());
        builder.UseEvents(e => e.AddTrigger(EventType.Meeting, "broke bread with", kind: "Bilateral"));
        var pipeline = builder.Build();
        var result = pipeline.Process("President Oskar Lindqvist broke bread with Prime Minister Aiko Tanabe in Osaka.");
        var meeting = result.Events.Single();
        Assert.That(meeting.Rule, Does.StartWith("user.Meeting.broke bread with"));
        Assert.That(meeting.Location?.Text, Is.EqualTo("Osaka"));
    }

    [Test]
    public void UseEventsRejectsAnEmptySlotWithASpecificError()
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish();
        var ex = Assert.Throws<PatternDefinitionException>(() => builder.UseEvents(e => e.Add(EventType.Meeting, p => p.Slot("Actor", s => { }).Trigger("met"))));
        Assert.That(ex!.Message, Does.Contain("Actor"));
        Assert.Throws<PatternDefinitionException>(() => builder.UseEvents(e => e.Add(EventType.Meeting, p => p.Trigger(""))));
    }

    [Test]
    public void TimeRunsBeforeTheMergeAndAddsDateEntities()
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseSentences().UseEntityMerge().UseTime().UseTime();
        Assert.That(builder.Components.Select(c => c.Name), Is.EqualTo(new[] { "tokenizer", "sentences", "time", "entity-merge" }));
        var result = builder.Build().Process("The envoys met on Thursday.", new DiplomacyNlp.Text.DocumentInfo { Published = new DateOnly(2025, 9, 3) });
        var date = result.Entities.Single(e => e.Type == EntityType.Date);
        Assert.Multiple(() =>
        {
            Assert.That(date.Text, Is.EqualTo("Thursday"));
            Assert.That(date.Canonical, Is.EqualTo("2025-08-28"));
            Assert.That(date.Id, Is.EqualTo("e1"));
            Assert.That(result.TimeExpressions.Single().Text, Is.EqualTo("on Thursday"));
        });
    }

    [Test]
    public void JsonCarriesTheEventContract()
    {
        var result = DiplomacyText.Analyze("Peru and Chile signed a border agreement in Lima on Monday.", new DiplomacyNlp.Text.DocumentInfo { Published = new DateOnly(2025, 3, 5) });
        var json = System.Text.Json.JsonDocument.Parse(ResultJsonWriter.ToJson(result));
        var ev = json.RootElement.GetProperty("events")[0];
        Assert.Multiple(() =>
        {
            Assert.That(ev.GetProperty("type").GetString(), Is.EqualTo("Agreement"));
            Assert.That(ev.GetProperty("kind").GetString(), Is.EqualTo("Signed"));
            Assert.That(ev.GetProperty("trigger").GetProperty("text").GetString(), Is.EqualTo("signed"));
            Assert.That(ev.GetProperty("participants").GetArrayLength(), Is.EqualTo(2));
            Assert.That(ev.GetProperty("participants")[0].GetProperty("country").GetString(), Is.EqualTo("PER"));
            Assert.That(ev.GetProperty("date").GetProperty("value").GetString(), Is.EqualTo("2025-03-03"));
            Assert.That(ev.GetProperty("location").GetProperty("text").GetString(), Is.EqualTo("Lima"));
            Assert.That(ev.GetProperty("status").GetString(), Is.EqualTo("Occurred"));
            Assert.That(ev.GetProperty("cameo").GetString(), Is.EqualTo("057"));
            Assert.That(ev.GetProperty("plover").GetProperty("category").GetString(), Is.EqualTo("SUPPORT"));
            Assert.That(ev.GetProperty("evidence").GetArrayLength(), Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("times")[0].GetProperty("value").GetString(), Is.EqualTo("2025-03-03"));
        });
    }

    [Test]
    public void BetweenQueriesByCountry()
    {
        var result = DiplomacyText.Analyze("Peru and Chile signed a border agreement. Norway and Iceland held talks.");
        Assert.That(result.Events.Between("PER", "CHL"), Has.Count.EqualTo(1));
        Assert.That(result.Events.Between("PER", "ISL"), Is.Empty);
    }

    [Test]
    public void TextWithoutTriggerWordsCostsNothingAndYieldsNothing()
    {
        var extractor = EventExtractor.Default;
        var tokens = DiplomacyNlp.Text.Tokenizer.Default.Tokenize("The weather was mild across the region.");
        Assert.That(extractor.MayContainEvents("The weather was mild across the region.", tokens), Is.False);
        Assert.That(EventPatternSet.Default.TriggerWordCount, Is.GreaterThan(100));
    }
}
