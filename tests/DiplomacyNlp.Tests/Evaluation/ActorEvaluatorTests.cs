using DiplomacyNlp.Entities;
using DiplomacyNlp.Evaluation;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Evaluation;

/// <summary>
/// <see cref="ActorEvaluator"/> counts on invented sentences. Most tests run a pipeline of the tokenizer plus a fixture
/// component that adds fixed entities, people and events, so the counts test the evaluator and not the models.
/// </summary>
public sealed class ActorEvaluatorTests
{
    private const string Marchetti = "Canadian Foreign Minister Helen Marchetti met Peruvian officials in Lima.";
    private const string Envoy = "The Chilean envoy spoke to reporters in Valparaiso on Monday.";

    /// <summary>Adds the entities, people, countries and events a test describes, locating each text by its first occurrence.</summary>
    private sealed class Fixture : IPipelineComponent
    {
        public List<(EntityType Type, string Text, string? Country, string? Sector)> Entities { get; } = new();
        public List<(string Name, string? Role, string? RoleCountry, string? Sector)> People { get; } = new();
        public List<(string Code, string Text)> Countries { get; } = new();
        public List<(EventType Type, string Trigger, string[] Participants)> Events { get; } = new();

        public string Name => "fixture";
        public AnalysisLayers Requires => AnalysisLayers.Tokens;
        public AnalysisLayers Produces => AnalysisLayers.Entities | AnalysisLayers.People | AnalysisLayers.Events;

        public void Process(AnalysisContext context, CancellationToken cancellationToken)
        {
            string text = context.Text;
            SourceSpan Find(string s)
            {
                int at = text.IndexOf(s, StringComparison.Ordinal);
                Assert.That(at, Is.GreaterThanOrEqualTo(0), $"fixture text '{s}' is not in the sentence");
                return new SourceSpan(at, s.Length);
            }
            int id = 0;
            var entities = new List<Entity>();
            foreach (var (type, s, country, sector) in Entities)
            {
                entities.Add(new Entity { Id = "e" + ++id, Type = type, Span = Find(s), Text = s, Country = country, Sector = sector });
            }
            entities.Sort((a, b) => a.Span.CompareTo(b.Span));
            context.Entities.AddRange(entities);
            int p = 0;
            foreach (var (name, role, roleCountry, sector) in People)
            {
                var nameEntity = entities.Find(e => e.Type == EntityType.Person && e.Text == name);
                var roles = new List<PersonRole>();
                if (role is not null)
                {
                    var roleEntity = entities.Find(e => e.Type == EntityType.Role && e.Text == role);
                    roles.Add(new PersonRole { Title = role, CanonicalTitle = role, Country = roleCountry, Sector = sector, Span = Find(role), EntityId = roleEntity?.Id });
                }
                context.People.Add(new Person { Id = "p" + ++p, Name = name, Mentions = [new Mention(nameEntity?.Id, Find(name), name)], Roles = roles, Country = roleCountry });
            }
            int c = 0;
            foreach (var (code, s) in Countries)
            {
                context.Countries.Add(new Country { Id = "c" + ++c, Code = code, Name = code, Mentions = [new Mention(null, Find(s), s)] });
            }
            int ev = 0;
            foreach (var (type, trigger, participants) in Events)
            {
                var parts = new List<EventParticipant>();
                foreach (var s in participants) parts.Add(new EventParticipant { Name = s, Span = Find(s) });
                context.Events.Add(new Event
                {
                    Id = "ev" + ++ev, Type = type, Trigger = Find(trigger), TriggerText = trigger, Sentence = new SourceSpan(0, text.Length),
                    Evidence = [new SourceSpan(0, text.Length)], Participants = parts, Rule = "fixture",
                });
            }
        }
    }

    private static DiplomacyPipeline PipelineWith(Fixture fixture)
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseTokenizer().UseSentences();
        builder.Components.Add(fixture);
        return builder.Build();
    }

    private static ActorGoldSentence Gold(string text, string[] sources, string[] targets, string? className = "verbal cooperation (03-05)", string[]? reciprocal = null) =>
        new("t", text, sources, targets, reciprocal ?? [], className);

    private static Fixture MarchettiFixture()
    {
        var f = new Fixture();
        f.Entities.Add((EntityType.Nationality, "Canadian", "CAN", null));
        f.Entities.Add((EntityType.Role, "Foreign Minister", null, "GOV"));
        f.Entities.Add((EntityType.Person, "Helen Marchetti", null, null));
        f.Entities.Add((EntityType.Nationality, "Peruvian", "PER", null));
        f.Entities.Add((EntityType.Location, "Lima", null, null));
        f.People.Add(("Helen Marchetti", "Foreign Minister", "CAN", "GOV"));
        f.Countries.Add(("CAN", "Canadian"));
        f.Countries.Add(("PER", "Peruvian"));
        f.Events.Add((EventType.Meeting, "met", ["Helen Marchetti", "Peruvian", "Lima"]));
        return f;
    }

    [Test]
    public void ATitledPersonWithACountryScoresOnEveryMeasure()
    {
        var evaluator = new ActorEvaluator(PipelineWith(MarchettiFixture()));
        evaluator.Add(Gold(Marchetti, ["Canadian Foreign Minister Helen Marchetti"], ["Peruvian officials"]));
        var r = evaluator.Report();
        Assert.Multiple(() =>
        {
            Assert.That(r.Sentences, Is.EqualTo(1));
            Assert.That((r.GoldListed, r.GoldLocated, r.GoldNotFound, r.GoldLocatedIgnoringSpaces), Is.EqualTo((2, 2, 0, 0)));
            Assert.That((r.Detected, r.DetectedInside), Is.EqualTo((2, 2)));
            // Canadian, Foreign Minister, Helen Marchetti, Peruvian; Lima is a city, not an actor; cluster mentions repeat entity spans.
            Assert.That((r.PredictedMatched, r.Predicted), Is.EqualTo((4, 4)));
            Assert.That((r.HeadCovered, r.HeadApplicable), Is.EqualTo((2, 2)), "heads 'Marchetti' and 'Peruvian'");
            Assert.That((r.Titled, r.TitledWithRole, r.RolesLinked, r.SectorAgrees), Is.EqualTo((1, 1, 1, 1)));
            Assert.That((r.TitledNamingCountry, r.CountryGiven, r.CountryCorrect, r.CountryWithoutName), Is.EqualTo((1, 1, 1, 0)));
            Assert.That(r.Sectors, Is.EquivalentTo(new Dictionary<string, int> { ["GOV"] = 1 }));
            Assert.That((r.CooperationSentences, r.CooperationWithEvent, r.OtherSentences), Is.EqualTo((1, 1, 0)));
            Assert.That((r.ParticipantsMatched, r.Participants), Is.EqualTo((2, 3)), "Lima is a participant outside the gold spans");
            Assert.That((r.CooperationGoldCovered, r.CooperationGold), Is.EqualTo((2, 2)));
            Assert.That(r.ErrorCounts, Is.Empty);
        });
    }

    [Test]
    public void AnUntaggedTitledSpanIsAMissWithAnExample()
    {
        var f = new Fixture();
        f.Entities.Add((EntityType.Location, "Valparaiso", null, null));
        var evaluator = new ActorEvaluator(PipelineWith(f), maxExamplesPerKind: 5);
        evaluator.Add(Gold(Envoy, ["The Chilean envoy"], ["reporters"], className: "neutral (CAMEO 01-02: statements, appeals)"));
        var r = evaluator.Report();
        Assert.Multiple(() =>
        {
            Assert.That((r.Detected, r.GoldLocated, r.Predicted), Is.EqualTo((0, 2, 0)));
            Assert.That((r.HeadCovered, r.HeadApplicable), Is.EqualTo((0, 1)), "'Chilean' is the head; 'reporters' has none");
            Assert.That((r.Titled, r.TitledWithRole, r.TitledNamingCountry, r.CountryGiven), Is.EqualTo((1, 0, 1, 0)), "lowercase 'envoy' is a title");
            Assert.That((r.OtherSentences, r.OtherWithEvent, r.CooperationSentences), Is.EqualTo((1, 0, 0)));
            Assert.That(r.ErrorCounts[ActorErrorKind.Missed], Is.EqualTo(2));
            Assert.That(r.ErrorCounts[ActorErrorKind.HeadMissed], Is.EqualTo(1));
            Assert.That(r.ErrorCounts[ActorErrorKind.NoRole], Is.EqualTo(1));
            var noRole = r.Examples.Single(e => e.Kind == ActorErrorKind.NoRole);
            Assert.That(noRole.Span, Is.EqualTo("The Chilean envoy"));
            Assert.That(noRole.Found, Does.Contain("title 'envoy'"));
        });
    }

    [Test]
    public void AnUnlinkedRoleWithTheWrongCountryIsCountedAsBoth()
    {
        var f = new Fixture();
        f.Entities.Add((EntityType.Nationality, "Chilean", "CHL", null));
        f.Entities.Add((EntityType.Role, "envoy", "ARG", "MIL"));
        var evaluator = new ActorEvaluator(PipelineWith(f), maxExamplesPerKind: 1);
        evaluator.Add(Gold(Envoy, ["The Chilean envoy"], []));
        var r = evaluator.Report();
        Assert.Multiple(() =>
        {
            Assert.That((r.Titled, r.TitledWithRole, r.RolesLinked, r.SectorAgrees), Is.EqualTo((1, 1, 0, 0)), "the lexicon says envoy is GOV");
            Assert.That((r.TitledNamingCountry, r.CountryGiven, r.CountryCorrect), Is.EqualTo((1, 1, 0)));
            Assert.That(r.Sectors, Is.EquivalentTo(new Dictionary<string, int> { ["MIL"] = 1 }));
            Assert.That(r.ErrorCounts[ActorErrorKind.Unlinked], Is.EqualTo(1));
            Assert.That(r.Examples.Single(e => e.Kind == ActorErrorKind.WrongCountry).Found, Does.Contain("CHL").And.Contain("ARG"));
            Assert.That((r.CooperationSentences, r.CooperationWithEvent), Is.EqualTo((1, 0)));
            Assert.That(r.ErrorCounts[ActorErrorKind.NoEvent], Is.EqualTo(1));
        });
    }

    [Test]
    public void GoldSpansAreLocatedVerbatimThenIgnoringSpacesAndOtherwiseSkipped()
    {
        const string text = "The Andean Border Service (ABS) detained two smugglers near Cusco.";
        var f = new Fixture();
        f.Entities.Add((EntityType.Organization, "Andean Border Service", null, "COP"));
        f.Entities.Add((EntityType.Organization, "ABS", null, "COP"));
        var evaluator = new ActorEvaluator(PipelineWith(f));
        evaluator.Add(Gold(text, ["The Andean Border Service ( ABS )", "Andean Border Service (ABS)"], ["two smugglers", "three pilots"], className: null));
        var r = evaluator.Report();
        Assert.Multiple(() =>
        {
            Assert.That(r.GoldListed, Is.EqualTo(4));
            Assert.That((r.GoldLocated, r.GoldLocatedIgnoringSpaces, r.GoldNotFound, r.GoldDuplicates), Is.EqualTo((3, 1, 1, 0)));
            Assert.That((r.Detected, r.DetectedInside), Is.EqualTo((2, 2)), "both organization spans; 'two smugglers' is missed");
            Assert.That((r.HeadCovered, r.HeadApplicable), Is.EqualTo((2, 2)), "head 'Service' twice: the parenthesized acronym is left out");
            Assert.That((r.PredictedMatched, r.Predicted), Is.EqualTo((2, 2)));
            Assert.That(r.Titled, Is.Zero);
        });
    }

    [Test]
    public void TheSameGoldStringTwiceCountsOnce()
    {
        var evaluator = new ActorEvaluator(PipelineWith(MarchettiFixture()));
        evaluator.Add(Gold(Marchetti, [], [], reciprocal: ["Helen Marchetti", "Helen Marchetti"]));
        var r = evaluator.Report();
        Assert.That((r.GoldListed, r.GoldLocated, r.GoldDuplicates, r.Detected), Is.EqualTo((2, 1, 1, 1)));
        Assert.That((r.PredictedMatched, r.Predicted), Is.EqualTo((1, 4)), "three actors lie outside the only gold span");
    }

    [TestCase("Air Force (AFX) said", "Air Force ( AFX )", 0, 15, true)]
    [TestCase("the Navy said", "Navy", 4, 4, false)]
    public void LocateFindsTheSpan(string text, string gold, int start, int length, bool ignoringSpaces)
    {
        var span = ActorEvaluator.Locate(text, gold, out bool loose);
        Assert.That(span, Is.EqualTo(new SourceSpan(start, length)));
        Assert.That(loose, Is.EqualTo(ignoringSpaces));
    }

    [Test]
    public void LocateReturnsNullForAbsentText() => Assert.That(ActorEvaluator.Locate("the Navy said", "Army", out _), Is.Null);

    [Test]
    public void TheDefaultPipelineFindsTheInventedMinister()
    {
        var evaluator = new ActorEvaluator();
        evaluator.Add(Gold(Marchetti, ["Canadian Foreign Minister Helen Marchetti"], []));
        var r = evaluator.Report();
        Assert.Multiple(() =>
        {
            Assert.That((r.Detected, r.HeadCovered, r.Titled, r.TitledWithRole), Is.EqualTo((1, 1, 1, 1)));
            Assert.That(r.RolesLinked, Is.EqualTo(1), "Helen Marchetti holds the Foreign Minister role");
            Assert.That((r.CountryGiven, r.CountryCorrect), Is.EqualTo((1, 1)), "Canadian gives CAN");
        });
    }

    [Test]
    public void AResultOfAnotherTextIsRejected()
    {
        var evaluator = new ActorEvaluator(PipelineWith(new Fixture()));
        var result = DiplomacyText.Analyze(Envoy, pipeline: PipelineWith(new Fixture()));
        Assert.Throws<ArgumentException>(() => evaluator.Add(Gold(Marchetti, [], []), result));
    }
}
