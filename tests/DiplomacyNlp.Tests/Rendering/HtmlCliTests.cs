using DiplomacyNlp.Tests.Cli;
using static DiplomacyNlp.Tests.Rendering.HtmlInspector;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary><c>diplomacy-nlp extract --format html</c>: one page for the run, a section per document.</summary>
public sealed class HtmlCliTests
{
    [Test]
    public void ExtractWritesOnePageWithASectionPerDocument()
    {
        var dir = Directory.CreateTempSubdirectory("diplomacynlp-html-cli-").FullName;
        try
        {
            const string first = "Canadian Foreign Minister Helen Marchetti met Brazilian Foreign Minister Tiago Moreira in Ottawa on Tuesday.";
            const string second = "A note <script>alert(1)</script> & nothing else.";
            File.WriteAllText(Path.Combine(dir, "a.txt"), first);
            File.WriteAllText(Path.Combine(dir, "b.txt"), second);
            var outcome = CliProcess.Run(dir, null, "extract", "a.txt", "b.txt", "missing.txt", "--format", "html", "--progress", "none", "--published", "2025-03-04");
            var html = outcome.StdOut;
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(1), "a missing file fails the run but not the other documents");
                Assert.That(outcome.ErrorLines, Has.Some.Contains("missing.txt"));
                Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
                Assert.That(VisibleText(DocumentHtml(html, 1)), Is.EqualTo(first));
                Assert.That(VisibleText(DocumentHtml(html, 2)), Is.EqualTo(second));
                Assert.That(html, Does.Contain("data-document=\"a.txt\"").And.Contain("data-document=\"b.txt\""));
                Assert.That(html.Split("<script").Length - 1, Is.EqualTo(1), "only the page's own script");
                Assert.That(Ids(html), Is.Unique);
                AssertBalanced(html);
            });

            var toFile = CliProcess.Run(dir, null, "extract", "a.txt", "--format", "html", "--out", "page.html", "--progress", "none");
            Assert.That(toFile.ExitCode, Is.Zero, toFile.StdErr);
            Assert.That(File.ReadAllText(Path.Combine(dir, "page.html")), Does.StartWith("<!DOCTYPE html>").And.Contain("<section class=\"document\" id=\"d1\""));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
