using System.Net;
using System.Text.RegularExpressions;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Rendering;

namespace DiplomacyNlp.Tests.Rendering;

public sealed partial class HtmlRendererTests
{
    private const string Sample = "Canadian Foreign Minister Helen Marchetti spoke by phone on Tuesday with Brazilian Foreign Minister Tiago Moreira. They agreed to meet in Brasília.";

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private static string VisibleText(string html)
    {
        var doc = html[(html.IndexOf("<div class=\"doc\">", StringComparison.Ordinal) + 17)..];
        doc = doc[..doc.IndexOf("</div>", StringComparison.Ordinal)];
        return WebUtility.HtmlDecode(Tags().Replace(doc, ""));
    }

    [Test]
    public void MarkupInTheTextComesOutInert()
    {
        const string text = "Officials met in Lima <script>alert('x')</script> & agreed \"on\" <b>terms</b>.";
        var html = DiplomacyText.Analyze(text).ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Not.Contain("<b>terms"));
            Assert.That(html, Does.Contain("&lt;script&gt;"));
            Assert.That(VisibleText(html), Is.EqualTo(text));
        });
    }

    [Test]
    public void VisibleTextEqualsTheDocumentAndEntitiesAreHighlighted()
    {
        var result = DiplomacyText.Analyze(Sample);
        var html = result.ToHtml("sample");
        Assert.Multiple(() =>
        {
            Assert.That(VisibleText(html), Is.EqualTo(Sample), "nested and overlapping highlights must not lose or duplicate text");
            Assert.That(html, Does.Contain("class=\"ent Person\""));
            Assert.That(html, Does.Contain("class=\"ent Role\""));
            Assert.That(html, Does.Contain("class=\"card\""));
            Assert.That(html, Does.Contain("class=\"trigger\""));
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "self-contained: no external assets");
        });
    }

    [Test]
    public void RenderingIsDeterministic()
    {
        var first = DiplomacyText.Analyze(Sample).ToHtml();
        var second = DiplomacyText.Analyze(Sample).ToHtml();
        Assert.That(second, Is.EqualTo(first));
    }
}
