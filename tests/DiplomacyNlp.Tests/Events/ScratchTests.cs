using DiplomacyNlp.Events;
namespace DiplomacyNlp.Tests.Events;

[Explicit]
public sealed class ScratchTests
{
    [Test]
    public void Print()
    {
        var cases = new (string, Func<AnnotatedText, AnnotatedText>)[]
        {
            ("Canadian Foreign Minister Helen Marchetti spoke by phone on Tuesday with Brazilian Foreign Minister Tiago Moreira about arms trafficking.",
              a => a.Person("Helen Marchetti", "CAN", "Marchetti").Person("Tiago Moreira", "BRA", "Moreira").Role("Foreign Minister").Nationality("Canadian","CAN").Nationality("Brazilian","BRA").Published(2025,3,5)),
            ("Marchetti and Moreira met in Ottawa and agreed to convene a working group in April. The two ministers will meet in Brasilia later this year.",
              a => a.Person("Helen Marchetti", "CAN", "Marchetti").Person("Tiago Moreira", "BRA", "Moreira").Place("Ottawa").Place("Brasilia").Published(2025,3,5)),
            ("Peru and Chile signed a border agreement in Lima on Monday.",
              a => a.Country("Peru","PER").Country("Chile","CHL").Place("Lima").Published(2025,3,5)),
            ("The State Department designated the Red Harbor cartel as a Foreign Terrorist Organization.",
              a => a.Org("State Department","USA").Org("Red Harbor cartel").Published(2025,3,5)),
            ("Ana Ruiz did not meet Leo Park during the summit.",
              a => a.Person("Ana Ruiz").Person("Leo Park").Published(2025,3,5)),
            ("During the visit of Secretary of State Ana Ruiz, President Leo Park said cooperation would continue. The meeting at the Blue Palace lasted two hours.",
              a => a.Person("Ana Ruiz","USA").Person("Leo Park","PER").Role("Secretary of State").Role("President").Published(2025,3,5)),
            ("Ruiz was confirmed as ambassador to Peru in January 2025.",
              a => a.Person("Ana Ruiz","USA","Ruiz").Country("Peru","PER").Published(2025,3,5)),
            ("The bilateral Joint Border Commission will meet on January 23 to review progress.",
              a => a.Org("Joint Border Commission")),
            ("A Trade Ministerial meeting will be held in Geneva in February.", a => a.Place("Geneva")),
        };
        foreach (var (text, f) in cases)
        {
            var events = f(AnnotatedText.Of(text)).Extract();
            TestContext.Out.WriteLine(text);
            foreach (var e in events) TestContext.Out.WriteLine("   " + AnnotatedText.Describe(e));
        }
    }
}
[Explicit]
public sealed class ScratchTests2
{
    [Test]
    public void Mentions()
    {
        var doc = AnnotatedText.Of("According to the United States Department of State, the call focused on efforts.").Country("United States","USA").Org("United States Department of State").Build();
        foreach (var m in doc.Mentions) TestContext.Out.WriteLine($"{m.Kind} {m.Name} [{doc.TextOf(m.FirstToken, m.EndToken)}] {m.FirstToken}-{m.EndToken}");
    }
}
[Explicit]
public sealed class ScratchTests3
{
    [Test]
    public void Mwangi()
    {
        var a = AnnotatedText.Of("Daniel Mwangi, confirmed as foreign minister in May, arrived in Lisbon on Sunday.").Person("Daniel Mwangi").Role("foreign minister").EntitiesOnly();
        var doc = a.Build();
        foreach (var m in doc.Mentions) TestContext.Out.WriteLine($"{m.Kind} {m.Name} [{doc.TextOf(m.FirstToken, m.EndToken)}]");
        var set = EventPatternSet.Default;
        foreach (var p in set.Patterns.Where(p => p.Name.Contains("appoint")))
        {
            TestContext.Out.WriteLine(p.Name + " :: " + p.Pattern.Description);
            foreach (var m in p.Pattern.Matches(doc)) TestContext.Out.WriteLine("  match " + string.Join(", ", m.Captures.Select(c => c.Name + "=" + doc.TextOf(c.Start, c.End))));
        }
        foreach (var e in new EventExtractor().Extract(doc)) TestContext.Out.WriteLine(AnnotatedText.Describe(e));
        var pat = set.Patterns.First(p => p.Name == "designation.appoint");
        var match = pat.Pattern.Matches(doc).First();
        var em = new EventMention(pat, match, 0);
        new ArgumentAttacher(doc).Attach(em, new List<EventMention>());
        new DateAttacher(doc).Attach(em, new List<EventMention> { em });
        new StatusClassifier(doc).Classify(em);
        TestContext.Out.WriteLine("DBG " + string.Join(",", em.Participants.Select(p => p.Name + "/" + p.Role)) + " " + string.Join(";", em.Cues) + " passive=" + em.IsPassive + " noun=" + em.IsNoun);
        var events = new EventMerger(doc).Merge(new List<EventMention> { em });
        TestContext.Out.WriteLine("DBG events " + events.Count);
    }
}
