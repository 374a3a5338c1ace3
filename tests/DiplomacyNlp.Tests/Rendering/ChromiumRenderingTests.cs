using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Rendering;
using DiplomacyNlp.Text;
using DiplomacyNlp.Tests.Support;
using static DiplomacyNlp.Tests.Rendering.HtmlInspector;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>
/// The visualizer in a real browser: headless Chromium loads the rendered page, takes a screenshot and dumps the DOM
/// after the page's own script ran. Skipped with a message when Chromium is not installed.
/// Set DIPLOMACYNLP_UPDATE_SCREENSHOT=1 to copy the screenshot of the sample article to docs/screenshot.png.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public sealed class ChromiumRenderingTests
{
    private string? _dir;

    [SetUp]
    public void SetUp()
    {
        HeadlessChromium.Require();
        _dir = HeadlessChromium.NewTempDir();
    }

    [TearDown]
    public void TearDown() => HeadlessChromium.TryDelete(_dir);

    [Test]
    public void HighlightsAndEventCardsExistInTheBrowsersDom()
    {
        var page = Write("news.html", NewsSample.Build().ToHtml());
        var (width, height) = HeadlessChromium.PngSize(HeadlessChromium.Screenshot(page, 1200, 1600));
        var dom = HeadlessChromium.DumpDom(page);
        var doc = DocumentHtml(dom);
        var spans = Spans(doc);
        Assert.Multiple(() =>
        {
            Assert.That((width, height), Is.EqualTo((1200, 1600)));
            Assert.That(VisibleText(doc), Is.EqualTo(NewsSample.Text), "the browser shows exactly the document text");
            var role = spans.Single(s => s.Id == "d1-e3");
            Assert.That(role.HasClass("Role") && role.Text.ToString() == "U.S. Secretary of State", Is.True, role.ToString());
            Assert.That(spans.Single(s => s.Id == "d1-e4").Parent, Is.SameAs(role), "the country is nested inside the role in the DOM");
            Assert.That(spans.Count(s => s.HasClass("ent") && s.Id is not null), Is.EqualTo(15));
            foreach (var type in new[] { "Person", "Role", "Organization", "Location", "Nationality", "Date" })
            {
                Assert.That(spans.Any(s => s.HasClass("ent") && s.HasClass(type)), Is.True, $"a {type} highlight");
            }
            Assert.That(spans.Where(s => s.HasClass("trigger")).Select(s => s.Text.ToString()), Is.EqualTo(new[] { "met", "signed", "spoke by phone" }));
            Assert.That(spans.Count(s => s.HasClass("evidence")), Is.EqualTo(4));
            foreach (var (id, type) in new[] { ("d1-ev1", "Meeting"), ("d1-ev2", "Agreement"), ("d1-ev3", "Call") })
            {
                Assert.That(dom, Does.Contain($"<article class=\"card\" id=\"{id}\"").And.Contain($"data-type=\"{type}\""), $"card {id}");
            }
            Assert.That(dom, Does.Contain("<tr id=\"d1-p1\" data-cluster=\"p1\">"), "the people table");
        });
    }

    [Test]
    public void HoveringLinksCardsSpansAndMentions()
    {
        // The test appends its own probe after the page's script: it hovers an event trigger, then a role, and writes
        // what lit up into attributes of <body>, which the DOM dump shows.
        const string probe = """
            <script>
            (function(){
              function lit(){return [].map.call(document.querySelectorAll('.hl'),function(e){return e.id||('.'+e.tagName.toLowerCase());}).join(' ');}
              var trigger=document.querySelector('#d1 .trigger[data-events~="ev1"]');
              trigger.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));
              document.body.setAttribute('data-probe-event',lit());
              trigger.dispatchEvent(new MouseEvent('mouseout',{bubbles:true}));
              document.body.setAttribute('data-probe-after',String(document.querySelectorAll('.hl').length));
              document.getElementById('d1-e3').dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));
              document.body.setAttribute('data-probe-role',lit());
            })();
            </script>
            """;
        var html = NewsSample.Build().ToHtml();
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        var page = Write("hover.html", html[..end] + probe + html[end..]);
        var dom = HeadlessChromium.DumpDom(page);
        var body = dom[dom.IndexOf("<body", StringComparison.Ordinal)..];
        body = body[..body.IndexOf('>')];
        string Probe(string name)
        {
            var m = System.Text.RegularExpressions.Regex.Match(body, $"data-probe-{name}=\"([^\"]*)\"");
            Assert.That(m.Success, Is.True, $"the probe did not run (no data-probe-{name}): {body}");
            return m.Groups[1].Value;
        }
        Assert.Multiple(() =>
        {
            var onEvent = Probe("event").Split(' ');
            Assert.That(onEvent, Does.Contain("d1-ev1"), "the card lights up with its trigger");
            Assert.That(onEvent.Count(id => id.StartsWith("d1-x", StringComparison.Ordinal)), Is.EqualTo(2), "both evidence spans of ev1");
            Assert.That(onEvent.Count(id => id.StartsWith("d1-t", StringComparison.Ordinal)), Is.EqualTo(1), "its trigger");
            Assert.That(onEvent, Does.Not.Contain("d1-ev2").And.Not.Contain("d1-ev3"));
            Assert.That(Probe("after"), Is.EqualTo("0"), "leaving the trigger clears the highlight");
            var onRole = Probe("role").Split(' ');
            Assert.That(onRole, Does.Contain("d1-e3").And.Contain("d1-e5").And.Contain("d1-e11").And.Contain("d1-p1"),
                "the role lights up its holder's mentions and table row");
            Assert.That(onRole, Does.Not.Contain("d1-e8"), "not another person's mentions");
        });
    }

    [Test]
    public void TheSampleArticleRendersInTheBrowser()
    {
        var path = Path.Combine(SharedData.RepoRoot, "samples", "articles", "sample-terrorist-designation.txt");
        var result = DiplomacyText.Analyze(File.ReadAllText(path), new DocumentInfo { Id = "sample-terrorist-designation.txt", Published = new DateOnly(2025, 10, 2) });
        var page = Write("sample.html", result.ToHtml());
        var png = HeadlessChromium.Screenshot(page, 1200, 1600);
        var dom = HeadlessChromium.DumpDom(page);
        var doc = DocumentHtml(dom);
        var spans = Spans(doc);
        Assert.Multiple(() =>
        {
            Assert.That(HeadlessChromium.PngSize(png), Is.EqualTo((1200, 1600)));
            Assert.That(VisibleText(doc), Is.EqualTo(result.Text));
            Assert.That(result.Events, Is.Not.Empty, "the sample article reports a designation");
            Assert.That(spans.Count(s => s.HasClass("ent") && s.Id is not null), Is.EqualTo(result.Entities.Count));
            foreach (var e in result.Events)
            {
                Assert.That(dom, Does.Contain($"<article class=\"card\" id=\"d1-{e.Id}\""));
                Assert.That(spans.Any(s => s.HasClass("trigger") && s.Attributes["data-events"].Split(' ').Contains(e.Id)), Is.True, $"trigger of {e.Id}");
            }
        });
        if (Environment.GetEnvironmentVariable("DIPLOMACYNLP_UPDATE_SCREENSHOT") == "1")
        {
            var target = Path.Combine(SharedData.RepoRoot, "docs", "screenshot.png");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, png);
            TestContext.Out.WriteLine($"screenshot written to {target}");
        }
    }

    [Test]
    public void MarkupInTheTextDoesNotRunInTheBrowser()
    {
        const string text = "Envoy Mara Quist met officials in Lima. <script>document.title='pwned';document.body.setAttribute('data-pwned','script')</script> " +
                            "<img src=missing.png onerror=\"document.body.setAttribute('data-pwned','img')\"> They agreed.";
        var a = new AnnotatedResult(text);
        var person = a.Entity(DiplomacyNlp.Entities.EntityType.Person, "Mara Quist", canonical: "\" onmouseover=\"document.body.setAttribute('data-pwned','attr')");
        a.Person("<script>document.body.setAttribute('data-pwned','table')</script>", null, [AnnotatedResult.MentionOf(person)]);
        var page = Write("hostile.html", HtmlRenderer.Default.Render([a.Build(new DocumentInfo { Id = "hostile" }), DiplomacyText.Analyze(text)]));
        var dom = HeadlessChromium.DumpDom(page);
        Assert.Multiple(() =>
        {
            Assert.That(dom, Does.Not.Contain("data-pwned=\""), "no markup from the text ran");
            Assert.That(dom, Does.Contain("<title>DiplomacyNlp</title>"));
            Assert.That(dom, Does.Not.Contain("<img"));
            Assert.That(VisibleText(DocumentHtml(dom, 1)), Is.EqualTo(text));
            Assert.That(VisibleText(DocumentHtml(dom, 2)), Is.EqualTo(text));
        });
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(_dir!, name);
        File.WriteAllText(path, html);
        return path;
    }
}
