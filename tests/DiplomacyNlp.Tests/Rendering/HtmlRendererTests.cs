using System.Globalization;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Rendering;
using DiplomacyNlp.Text;
using DiplomacyNlp.Tests.Support;
using static DiplomacyNlp.Tests.Rendering.HtmlInspector;

namespace DiplomacyNlp.Tests.Rendering;

public sealed class HtmlRendererTests
{
    [Test]
    public void MarkupInTheTextComesOutInert()
    {
        const string text = "Officials met in Lima <script>alert('x')</script> & agreed \"on\" <b>terms</b> <img src=x onerror=alert(1)>.";
        var html = DiplomacyText.Analyze(text).ToHtml();
        var bare = new HtmlRenderer(new HtmlRenderOptions { IncludeScript = false }).Render(DiplomacyText.Analyze(text));
        Assert.Multiple(() =>
        {
            Assert.That(CountOf(html, "<script"), Is.EqualTo(1), "only the renderer's own script");
            Assert.That(CountOf(bare, "<script"), Is.EqualTo(0), "no script at all without IncludeScript");
            Assert.That(html, Does.Not.Contain("<b>terms").And.Not.Contain("<img"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
            Assert.That(VisibleText(DocumentHtml(html)), Is.EqualTo(text));
            AssertBalanced(html);
        });
    }

    [Test]
    public void AttributeValuesAreEscaped()
    {
        const string text = "Envoy Mara Quist met officials.";
        var a = new AnnotatedResult(text);
        var person = a.Entity(EntityType.Person, "Mara Quist", canonical: "x\" onmouseover=\"alert(1)", country: "<b>");
        a.Person("Q\"><script>alert(2)</script>", null, [AnnotatedResult.MentionOf(person)]);
        a.Add(new Event
        {
            Id = "ev\"1", Type = new EventType("Odd\"<Type>"), Kind = "k'</span>", Trigger = a.Find("met"), TriggerText = "met",
            Sentence = a.Find(text), Evidence = [a.Find(text)], Participants = [], Rule = "r\"</code><script>alert(3)</script>",
        });
        var html = a.Build(new DocumentInfo { Id = "doc\"<id>&" }).ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(CountOf(html, "<script"), Is.EqualTo(1), "only the renderer's own script");
            Assert.That(html, Does.Not.Contain("onmouseover=\""));
            Assert.That(html, Does.Contain("data-document=\"doc&quot;&lt;id&gt;&amp;\""));
            Assert.That(html, Does.Contain("data-events=\"ev&quot;1\""));
            Assert.That(html, Does.Contain("<title>doc&quot;&lt;id&gt;&amp;</title>"));
            Assert.That(VisibleText(DocumentHtml(html)), Is.EqualTo(text));
            AssertBalanced(html);
        });
    }

    [Test]
    public void NestedEntitiesRenderNestedAndRolesPointToTheirHolders()
    {
        var html = NewsSample.Build().ToHtml();
        var spans = Spans(DocumentHtml(html));
        var usRole = spans.Single(s => s.Id == "d1-e3");
        var us = spans.Single(s => s.Id == "d1-e4");
        var ptRole = spans.Single(s => s.Id == "d1-e6");
        var pt = spans.Single(s => s.Id == "d1-e7");
        Assert.Multiple(() =>
        {
            Assert.That(usRole.HasClass("Role") && us.HasClass("Location"), Is.True);
            Assert.That(usRole.Text.ToString(), Is.EqualTo("U.S. Secretary of State"));
            Assert.That(us.Text.ToString(), Is.EqualTo("U.S."));
            Assert.That(us.Parent, Is.SameAs(usRole), "the country stays visible inside the role");
            Assert.That(pt.Parent, Is.SameAs(ptRole), "the nationality stays visible inside the role");
            Assert.That(usRole.Attributes["data-person"], Is.EqualTo("p1"));
            Assert.That(usRole.Attributes["title"], Does.Contain("held by Daniel Okafor (p1)"));
            Assert.That(ptRole.Attributes["data-person"], Is.EqualTo("p2"));
            Assert.That(us.Attributes["data-cluster"], Is.EqualTo("c1"));
            var she = spans.Single(s => s.HasClass("mention"));
            Assert.That(she.Text.ToString(), Is.EqualTo("she"));
            Assert.That(she.Attributes["data-cluster"], Is.EqualTo("p3"));
            // the people table links each role to its span in the text
            var row = html[html.IndexOf("<tr id=\"d1-p1\"", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.That(row, Does.Contain("<a href=\"#d1-e3\">U.S. Secretary of State</a>"));
            Assert.That(row, Does.Contain("<a href=\"#d1-e5\">Daniel Okafor</a>, <a href=\"#d1-e11\">Okafor</a>"));
        });
    }

    [Test]
    public void EventCardsLinkToTheirTriggerAndEvidence()
    {
        var result = NewsSample.Build();
        var html = result.ToHtml();
        var spans = Spans(DocumentHtml(html));
        Assert.Multiple(() =>
        {
            foreach (var ev in result.Events)
            {
                int card = html.IndexOf($"<article class=\"card\" id=\"d1-{ev.Id}\" data-event=\"{ev.Id}\" data-events=\"{ev.Id}\" data-type=\"{ev.Type.Name}\"", StringComparison.Ordinal);
                Assert.That(card, Is.GreaterThan(0), $"card of {ev.Id}");
                var cardHtml = html[card..html.IndexOf("</article>", card, StringComparison.Ordinal)];
                var trigger = spans.Single(s => s.HasClass("trigger") && s.Attributes["data-events"].Split(' ').Contains(ev.Id));
                Assert.That(trigger.Text.ToString(), Is.EqualTo(ev.TriggerText));
                Assert.That(cardHtml, Does.Contain($"href=\"#{trigger.Id}\""));
                foreach (var evidence in ev.Evidence)
                {
                    var e = spans.Single(s => s.HasClass("evidence") && s.Start == evidence.Start && s.Id is not null);
                    Assert.That(e.Attributes["data-events"].Split(' '), Does.Contain(ev.Id));
                    Assert.That(cardHtml, Does.Contain($"href=\"#{e.Id}\""));
                }
                Assert.That(cardHtml, Does.Contain(ev.Codes.Cameo!).And.Contain(ev.Codes.PloverCategory!).And.Contain(HtmlTextOf(ev.Rule)));
                Assert.That(cardHtml, Does.Contain(ev.Status.ToString()).And.Contain(ev.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
                foreach (var p in ev.Participants)
                {
                    Assert.That(cardHtml, Does.Contain(HtmlTextOf(p.Name)).And.Contain(p.Role.ToString()));
                }
            }
            var meeting = html[html.IndexOf("id=\"d1-ev1\"", StringComparison.Ordinal)..];
            meeting = meeting[..meeting.IndexOf("</article>", StringComparison.Ordinal)];
            Assert.That(meeting, Does.Contain("<a href=\"#d1-e9\">Geneva</a> <span class=\"cc\">CHE</span>"));
            Assert.That(meeting, Does.Contain("<code>2025-05-12</code>"));
            Assert.That(meeting, Does.Contain("third-party"));
        });
    }

    [Test]
    public void EveryIdIsUniqueAndEveryLinkHasATarget()
    {
        var html = HtmlRenderer.Default.Render([NewsSample.Build(), NewsSample.Build(), DiplomacyText.Analyze(NewsSample.Text)]);
        var ids = Ids(html);
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Does.Contain("d1-ev1").And.Contain("d2-ev1").And.Contain("d3"));
            Assert.That(LinkTargets(html).Except(ids), Is.Empty, "every #link points to an element of the page");
            Assert.That(CountOf(html, "<!DOCTYPE html>"), Is.EqualTo(1));
            Assert.That(CountOf(html, "<section class=\"document\""), Is.EqualTo(3));
            AssertBalanced(html);
        });
    }

    [Test]
    public void CrossingSpansAreSplitWithoutLosingOrDuplicatingText()
    {
        const string text = "Alpha Beta Gamma Delta Epsilon said.";
        var a = new AnnotatedResult(text);
        var ab = a.Entity(EntityType.Person, "Alpha Beta");
        a.Entity(EntityType.Organization, "Beta Gamma Delta");
        a.Entity(EntityType.Location, "Delta Epsilon");
        a.Add(new Event
        {
            Id = "ev1", Type = EventType.Meeting, Trigger = a.Find("Gamma Delta Epsilon"), TriggerText = "Gamma Delta Epsilon",
            Sentence = a.Find(text), Evidence = [SourceSpan.FromBounds(ab.Span.Start + 2, text.Length - 3)], Participants = [], Rule = "test",
        });
        var html = a.Build().ToHtml();
        var doc = DocumentHtml(html);
        var spans = Spans(doc);
        Assert.Multiple(() =>
        {
            Assert.That(VisibleText(doc), Is.EqualTo(text));
            Assert.That(Fragments(spans, "Person"), Is.EqualTo("Alpha Beta"));
            Assert.That(Fragments(spans, "Organization"), Is.EqualTo("Beta Gamma Delta"));
            Assert.That(Fragments(spans, "Location"), Is.EqualTo("Delta Epsilon"));
            Assert.That(Fragments(spans, "trigger"), Is.EqualTo("Gamma Delta Epsilon"));
            Assert.That(Fragments(spans, "evidence"), Is.EqualTo(text[2..^3]));
            Assert.That(spans.Where(s => s.HasClass("cont")), Is.Not.Empty, "crossing spans are continued after a split");
            Assert.That(spans.Where(s => s.HasClass("cont")).All(s => s.Id is null), Is.True, "continuations carry no id");
            Assert.That(Ids(html), Is.Unique);
        });
    }

    [Test]
    public void RandomOverlappingSpansAlwaysGiveWellFormedMarkupAndTheExactText()
    {
        var random = new Random(20250512);
        var types = Enum.GetValues<EntityType>();
        for (int round = 0; round < 200; round++)
        {
            int length = random.Next(1, 80);
            var chars = new char[length];
            const string alphabet = "ab <>&\"'\n\r\t\u00e9"; // no surrogates: a random span could split a pair
            for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var a = new AnnotatedResult(text);
            int n = random.Next(0, 12);
            var expected = new List<(string Id, string Text)>();
            for (int i = 0; i < n; i++)
            {
                int s = random.Next(-2, length), e = random.Next(s, length + 3);
                var span = SourceSpan.FromBounds(s, e);
                if (s >= 0 && e <= length && e > s)
                {
                    var ent = a.Entity(types[random.Next(types.Length)], span);
                    expected.Add((ent.Id, ent.Text));
                }
                else
                {
                    a.Add(new Event
                    {
                        Id = a.NextEventId, Type = EventType.Call, Trigger = span, TriggerText = "?", Sentence = span,
                        Evidence = [SourceSpan.FromBounds(random.Next(-1, length), random.Next(0, length + 2))], Participants = [], Rule = "random",
                    });
                }
            }
            var html = a.Build().ToHtml();
            var doc = DocumentHtml(html);
            var spans = Spans(doc);
            string visible = VisibleText(doc);
            Assert.That(visible, Is.EqualTo(text), $"round {round}: the visible text is the document text");
            Assert.That(Ids(html), Is.Unique, $"round {round}");
            AssertBalanced(html);
            var entitySpans = spans.Where(s => s.HasClass("ent") && s.Id is not null).ToList();
            Assert.That(entitySpans, Has.Count.EqualTo(expected.Count), $"round {round}: one element with an id per entity");
            foreach (var (id, entityText) in expected)
            {
                var fragments = string.Concat(spans.Where(s => s.Attributes.GetValueOrDefault("data-entity") == id).Select(s => s.Text.ToString()));
                Assert.That(fragments, Is.EqualTo(entityText), $"round {round}: the fragments of {id} cover exactly its text");
            }
        }
    }

    [Test]
    public void ControlCharactersAndLineBreaksSurvive()
    {
        const string text = "Line one.\r\nLine two\u0001 ends\u0000 here 😀.\u2028Tab\there.";
        var html = DiplomacyText.Analyze(text).ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("&#13;\n"));
            Assert.That(VisibleText(DocumentHtml(html)), Is.EqualTo(text.Replace('\0', '\uFFFD')), "NUL is the one character HTML cannot carry");
        });
    }

    [Test]
    public void TheSampleArticlesRenderTheirExactText()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "samples", "articles");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Is.Not.Empty);
        var results = files.Select(f => DiplomacyText.Analyze(File.ReadAllText(f), new DocumentInfo { Id = Path.GetFileName(f) })).ToList();
        var html = HtmlRenderer.Default.Render(results);
        Assert.Multiple(() =>
        {
            for (int i = 0; i < results.Count; i++)
            {
                var doc = DocumentHtml(html, i + 1);
                Assert.That(VisibleText(doc), Is.EqualTo(results[i].Text), files[i]);
                var spans = Spans(doc);
                Assert.That(spans.Count(s => s.HasClass("ent") && s.Id is not null), Is.EqualTo(results[i].Entities.Count), files[i]);
                Assert.That(CountOf(html, $"<article class=\"card\" id=\"d{i + 1}-"), Is.EqualTo(results[i].Events.Count), files[i]);
            }
            AssertBalanced(html);
        });
    }

    [Test]
    public void OutputIsDeterministicAndIndependentOfTheCurrentCulture()
    {
        var first = NewsSample.Build().ToHtml();
        var real = DiplomacyText.Analyze(NewsSample.Text).ToHtml();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Multiple(() =>
            {
                Assert.That(NewsSample.Build().ToHtml(), Is.EqualTo(first));
                Assert.That(DiplomacyText.Analyze(NewsSample.Text).ToHtml(), Is.EqualTo(real));
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        Assert.That(first, Does.Contain(">0.93<"));
    }

    [Test]
    public void ThePageIsSelfContained()
    {
        var html = NewsSample.Build().ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
            Assert.That(html, Does.Not.Contain("<link").And.Not.Contain(" src=").And.Not.Contain("@import").And.Not.Contain("url("));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        });
    }

    [Test]
    public void OptionsChooseWhatIsShown()
    {
        var result = NewsSample.Build();
        var onlyPeople = result.ToHtml(new HtmlRenderOptions { EntityTypes = [EntityType.Person], ShowEvents = false, ShowTables = false, ShowEntityLabels = false, Title = "Only people" });
        var spans = Spans(DocumentHtml(onlyPeople));
        Assert.Multiple(() =>
        {
            Assert.That(spans.Where(s => s.HasClass("ent")).Select(s => s.Attributes["data-type"]).Distinct(), Is.EqualTo(new[] { "Person" }));
            Assert.That(onlyPeople, Does.Not.Contain("<article").And.Not.Contain("class=\"evidence").And.Not.Contain("<table"));
            Assert.That(onlyPeople, Does.Contain("<title>Only people</title>").And.Not.Contain("class=\"labels\""));
            var confident = result.ToHtml(new HtmlRenderOptions { MinEntityConfidence = 0.95 });
            Assert.That(Spans(DocumentHtml(confident)).Count(s => s.HasClass("ent")), Is.Zero, "all sample entities have confidence 0.9");
            Assert.That(result.ToHtml(), Is.EqualTo(HtmlRenderer.Default.Render(result)));
        });
    }

    [Test]
    public void PageWriterStreamsSectionsAndFinishesThePage()
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        var page = HtmlRenderer.Default.CreatePageWriter(sw, leaveOpen: true);
        page.Write(NewsSample.Build());
        string partial = sw.ToString();
        page.Write(NewsSample.Build());
        page.Dispose();
        page.Dispose();
        Assert.Multiple(() =>
        {
            Assert.That(partial, Does.Contain("id=\"d1\"").And.Not.Contain("</html>"));
            Assert.That(page.Count, Is.EqualTo(2));
            Assert.That(CountOf(sw.ToString(), "</html>"), Is.EqualTo(1));
            Assert.Throws<ObjectDisposedException>(() => page.Write(NewsSample.Build()));
        });
        using var empty = new StringWriter(CultureInfo.InvariantCulture);
        HtmlRenderer.Default.Render(Array.Empty<AnalysisResult>(), empty);
        Assert.That(empty.ToString(), Does.Contain("No documents."));
    }

    [Test]
    public void NullArgumentsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => ((AnalysisResult)null!).ToHtml());
            Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Default.Render((AnalysisResult)null!));
            Assert.Throws<ArgumentNullException>(() => new HtmlPageWriter(null!));
        });
    }

    private static string Fragments(List<SpanNode> spans, string cls) => string.Concat(spans.Where(s => s.HasClass(cls)).Select(s => s.Text.ToString()));

    private static string HtmlTextOf(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static int CountOf(string haystack, string needle)
    {
        int n = 0;
        for (int i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
