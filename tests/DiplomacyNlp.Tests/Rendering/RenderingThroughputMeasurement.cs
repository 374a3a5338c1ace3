using System.Diagnostics;
using DiplomacyNlp.Benchmarks.Corpus;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Rendering;
using static DiplomacyNlp.Tests.Rendering.HtmlInspector;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>
/// How fast the visualizer renders, on a long generated news text (the benchmarks' corpus generator, invented names)
/// analyzed by the default pipeline. Explicit: a measurement, printed, not a pass/fail threshold.
/// </summary>
[Explicit("measurement")]
public sealed class RenderingThroughputMeasurement
{
    [Test]
    public void RenderALongDocument()
    {
        var text = NewsCorpus.LongText(1_000_000);
        var result = DiplomacyText.Analyze(text);
        var renderer = HtmlRenderer.Default;
        renderer.Render(result); // warm-up
        var times = new List<double>();
        string html = "";
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            html = renderer.Render(result);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        double best = times.Min();
        TestContext.Out.WriteLine($"text {text.Length:N0} chars, {result.Tokens.Count:N0} tokens, {result.Entities.Count:N0} entities, {result.Events.Count:N0} events");
        TestContext.Out.WriteLine($"render: best of 3 {best:0.0} ms ({text.Length / best / 1000:0.0} M chars/s), page {html.Length:N0} chars");
        Assert.That(VisibleText(DocumentHtml(html)), Is.EqualTo(text));
    }
}
