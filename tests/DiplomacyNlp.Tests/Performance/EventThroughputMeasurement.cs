using System.Diagnostics;
using System.Text;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Performance;

/// <summary>
/// Measures single-threaded throughput of the default pipeline with and without the time and event stages, on news text
/// rebuilt from the GMB development split (Voice of America; read from ../shared, never copied). Explicit: a measurement,
/// run by name in Release.
/// </summary>
[Explicit("measurement")]
public sealed class EventThroughputMeasurement
{
    [Test]
    public void DefaultPipelineTokensPerSecond()
    {
        string path = SharedData.Require(Path.Combine("corpora", "gmb", "gmb.dev.conll"));
        var docs = new List<string>();
        var sb = new StringBuilder();
        int sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                sb.Append(' ');
                if (++sentences % 20 == 0) { docs.Add(sb.ToString()); sb.Clear(); }
                continue;
            }
            int tab = line.IndexOf('\t');
            sb.Append(tab > 0 ? line[..tab] : line).Append(' ');
        }
        if (sb.Length > 0) docs.Add(sb.ToString());

        var full = DiplomacyText.DefaultPipeline;
        var withoutEvents = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish();
        withoutEvents.Components.TryRemove<EventComponent>();
        withoutEvents.Components.TryRemove<TimeExpressionComponent>();
        var baseline = withoutEvents.Build();

        Run(full, docs, 1); // warm up
        Run(baseline, docs, 1);
        var (tokens, fullSeconds, events) = Run(full, docs, 3);
        var (_, baseSeconds, _) = Run(baseline, docs, 3);
        double fullRate = tokens / fullSeconds, baseRate = tokens / baseSeconds;
        TestContext.Out.WriteLine($"{docs.Count} documents, {tokens / 3:N0} tokens per pass, {events / 3:N0} events per pass");
        TestContext.Out.WriteLine($"default pipeline (with time + events): {fullRate:N0} tokens/s");
        TestContext.Out.WriteLine($"default pipeline without time + events: {baseRate:N0} tokens/s");
        TestContext.Out.WriteLine($"time + events cost: {(fullSeconds - baseSeconds) / fullSeconds:P1} of the full run ({tokens / Math.Max(1e-9, fullSeconds - baseSeconds):N0} tokens/s for the two stages alone)");
        // Per component, on the same documents.
        var perComponent = new Dictionary<string, double>();
        long total = 0;
        for (int p = 0; p < 3; p++)
        {
            foreach (var d in docs)
            {
                var context = new AnalysisContext(new Document(d, new DocumentInfo { Published = new DateOnly(2010, 6, 1) }), full.Options);
                foreach (var c in full.Components)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    c.Process(context, CancellationToken.None);
                    double el = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    perComponent[c.Name] = perComponent.GetValueOrDefault(c.Name) + el;
                }
                total += context.Tokens.Count;
            }
        }
        foreach (var (name, seconds) in perComponent) TestContext.Out.WriteLine($"  {name,-14} {total / seconds,14:N0} tokens/s");
        // Inside the event stage.
        double filter = 0, build = 0, extract = 0;
        long n = 0;
        var extractor = DiplomacyNlp.Events.EventExtractor.Default;
        for (int p = 0; p < 3; p++)
        {
            foreach (var d in docs)
            {
                var context = new AnalysisContext(new Document(d, new DocumentInfo { Published = new DateOnly(2010, 6, 1) }), full.Options);
                foreach (var c in full.Components) if (c is not EventComponent) c.Process(context, CancellationToken.None);
                long t0 = Stopwatch.GetTimestamp();
                bool may = extractor.MayContainEvents(context.Text, context.Tokens);
                filter += Stopwatch.GetElapsedTime(t0).TotalSeconds;
                n += context.Tokens.Count;
                if (!may) continue;
                t0 = Stopwatch.GetTimestamp();
                var doc = new DiplomacyNlp.Events.EventDocument(context.Text, context.Tokens, context.Sentences, context.Entities, context.TimeExpressions, context.People, context.Organizations, context.Countries, context.Document.Published);
                build += Stopwatch.GetElapsedTime(t0).TotalSeconds;
                t0 = Stopwatch.GetTimestamp();
                extractor.Extract(doc);
                extract += Stopwatch.GetElapsedTime(t0).TotalSeconds;
            }
        }
        TestContext.Out.WriteLine($"  events: filter {n / filter:N0} tokens/s, document view {n / build:N0} tokens/s, extraction {n / extract:N0} tokens/s");
        Assert.Pass();
    }

    private static (long Tokens, double Seconds, long Events) Run(DiplomacyPipeline pipeline, List<string> docs, int passes)
    {
        long tokens = 0, events = 0;
        var watch = Stopwatch.StartNew();
        for (int p = 0; p < passes; p++)
        {
            foreach (var d in docs)
            {
                var r = pipeline.Process(d, new DocumentInfo { Published = new DateOnly(2010, 6, 1) });
                tokens += r.Tokens.Count;
                events += r.Events.Count;
            }
        }
        return (tokens, watch.Elapsed.TotalSeconds, events);
    }
}
