using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.Events.Patterns;

namespace DiplomacyNlp.Tests.Events;

/// <summary>The token-pattern language: units, quantifiers, backtracking, named captures and definition errors.</summary>
public sealed class TokenPatternTests
{
    private static EventDocument Doc(string text) => AnnotatedText.Of(text)
        .Person("Ana Ruiz", "PER", "Ruiz").Person("Leo Park", "CHL", "Park").Person("Ida Berg", "NOR", "Berg")
        .Country("Peru", "PER").Country("Chile", "CHL").Build();

    private static TokenPattern Pattern(Action<TokenPatternBuilder> build)
    {
        var b = new TokenPatternBuilder();
        build(b);
        return b.Build();
    }

    private static string Capture(EventDocument doc, PatternMatch m, string name) => m.TryGet(name, out int s, out int e) ? doc.TextOf(s, e) : "<none>";

    [Test]
    public void NamedSlotsCaptureWholeMentions()
    {
        var doc = Doc("Ana Ruiz sat down with Leo Park in Lima.");
        var p = Pattern(b => b.Slot("Actor", s => s.EntityType(EntityType.Person)).Trigger("sat down with").Slot("Counterpart", s => s.EntityType(EntityType.Person)));
        var m = p.Matches(doc).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Capture(doc, m, "Actor"), Is.EqualTo("Ana Ruiz"));
            Assert.That(Capture(doc, m, "Trigger"), Is.EqualTo("sat down with"));
            Assert.That(Capture(doc, m, "Counterpart"), Is.EqualTo("Leo Park"));
            Assert.That(p.AnchorWords, Is.EqualTo(new[] { "sat" }));
        });
    }

    [Test]
    public void GreedyRepeatBacktracksToLetTheRestMatch()
    {
        // The gap first swallows as much as it can ("with Leo Park and"), then gives tokens back so that a Person follows.
        var doc = Doc("Ana Ruiz met with Leo Park and Ida Berg.");
        var p = Pattern(b => b.Trigger("met").Repeat(0, 6, q => q.Any()).Slot("Last", s => s.Person()));
        var m = p.Matches(doc).Single();
        Assert.That(Capture(doc, m, "Last"), Is.EqualTo("Ida Berg"));
    }

    [Test]
    public void LazyGapTakesTheFirstPossibleEnd()
    {
        var doc = Doc("Ana Ruiz met with Leo Park and Ida Berg.");
        var p = Pattern(b => b.Trigger("met").Gap(6).Slot("First", s => s.Person()));
        Assert.That(Capture(doc, p.Matches(doc).Single(), "First"), Is.EqualTo("Leo Park"));
    }

    [Test]
    public void BacktrackingTriesAlternativesAndShorterSpans()
    {
        var doc = Doc("Peru and Chile signed the accord.");
        // Participants first tries the whole coordination "Peru and Chile"; the pattern then needs "and", so it backs off to "Peru".
        var p = Pattern(b => b.Slot("A", s => s.Participants()).Word("and").Slot("B", s => s.Country()).Trigger("signed"));
        var m = p.Matches(doc).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Capture(doc, m, "A"), Is.EqualTo("Peru"));
            Assert.That(Capture(doc, m, "B"), Is.EqualTo("Chile"));
        });
    }

    [Test]
    public void OneOfTakesTheFirstAlternativeThatLeadsToAMatch()
    {
        var doc = Doc("Ana Ruiz spoke over the phone with Leo Park.");
        var p = Pattern(b => b.Trigger("spoke").OneOf(q => q.Word("by").Word("phone"), q => q.Word("over").Word("the").Capture("Medium", r => r.Word("phone"))));
        Assert.That(Capture(doc, p.Matches(doc).Single(), "Medium"), Is.EqualTo("phone"));
    }

    [Test]
    public void LookAroundsDoNotConsume()
    {
        var doc = Doc("Ana Ruiz called for calm. Ana Ruiz called Leo Park.");
        var p = Pattern(b => b.Trigger("called").NotFollowedBy(u => u.Word("for")).Slot("Who", s => s.Person()));
        var matches = p.Matches(doc).ToList();
        Assert.That(matches, Has.Count.EqualTo(1));
        Assert.That(Capture(doc, matches[0], "Who"), Is.EqualTo("Leo Park"));
    }

    [Test]
    public void LemmaMatchesInflectedForms()
    {
        var doc = Doc("Ruiz meets Park. Ruiz met Park. Ruiz is meeting Park.");
        var p = Pattern(b => b.Trigger(t => t.Lemma("meet")).Slot("Who", s => s.Person()));
        Assert.That(p.Matches(doc).Count(), Is.EqualTo(3));
        Assert.That(WordForms.Expand("visit"), Is.SupersetOf(new[] { "visit", "visits", "visited", "visiting" }));
        Assert.That(WordForms.Expand("agree"), Is.SupersetOf(new[] { "agrees", "agreed", "agreeing" }));
    }

    [Test]
    public void TimeAndCountryUnitsReadTheEarlierLayers()
    {
        var doc = AnnotatedText.Of("Peru will host Chile on January 23.").Country("Peru", "PER").Country("Chile", "CHL").Published(2025, 9, 3).Build();
        var p = Pattern(b => b.Slot("Host", s => s.Country()).Word("will").Trigger("host").Slot("Guest", s => s.Country()).Slot("Date", s => s.Time()));
        var m = p.Matches(doc).Single();
        Assert.That(Capture(doc, m, "Date"), Is.EqualTo("on January 23"));
    }

    [Test]
    public void AnEmptySlotIsRejectedWithItsName()
    {
        var ex = Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Slot("Actor", s => { }).Trigger("met")));
        Assert.That(ex!.Message, Does.Contain("Slot(\"Actor\")").And.Contain("empty"));
    }

    [Test]
    public void AnEmptyTriggerIsRejected()
    {
        var ex = Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger("  ")));
        Assert.That(ex!.Message, Does.Contain("Trigger"));
    }

    [Test]
    public void APatternWithoutTriggerIsRejected()
    {
        var ex = Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Word("met")));
        Assert.That(ex!.Message, Does.Contain("no trigger"));
    }

    [Test]
    public void TwoTriggersOrAnOptionalTriggerAreRejected()
    {
        Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger("met").Trigger("talks")));
        Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Optional(q => q.Trigger("met"))));
    }

    [Test]
    public void ATriggerMustStartWithAWordForThePreFilter()
    {
        var ex = Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger(t => t.Unit(u => u.Person()).Word("met"))));
        Assert.That(ex!.Message, Does.Contain("begin with a required word"));
    }

    [Test]
    public void ImpossibleBoundsAreRejected()
    {
        Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger("met").Repeat(3, 2, q => q.Any())));
        Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger("met").Gap(5, 1)));
        Assert.Throws<PatternDefinitionException>(() => Pattern(b => b.Trigger("met").Optional(q => { })));
    }

    [Test]
    public void PathologicalPatternsStayWithinTheStepBudget()
    {
        var words = string.Join(' ', Enumerable.Repeat("talks", 300));
        var doc = AnnotatedText.Of("Ruiz held " + words + " with Park.").Person("Ruiz").Person("Park").Build();
        var p = Pattern(b => b.Trigger("held").Repeat(0, -1, q => q.Repeat(0, -1, r => r.Word("talks"))).Word("never"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(p.Matches(doc), Is.Empty);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}
