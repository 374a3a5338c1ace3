// Prints a readable summary of the events in a folder of articles, using only DiplomacyNlp's public API.
//
//   dotnet run --project samples/DiplomacyNlp.Samples.EventSummary -- samples/articles
//   dotnet run --project samples/DiplomacyNlp.Samples.EventSummary -- samples/articles --published 2025-06-12 --html events.html
//
// Each *.txt file is one article. Its publication date (used to resolve "on Tuesday", "next month") comes from
// --published, or else from a dateline such as "OTTAWA, March 4, 2025 —" at the start of the body.
using System.Globalization;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Rendering;
using DiplomacyNlp.Samples.EventSummary;
using DiplomacyNlp.Text;

string? folder = null, htmlPath = null;
DateOnly? published = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--published" when i + 1 < args.Length:
            if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Fail($"--published '{args[i]}' is not a date; use YYYY-MM-DD.");
            }
            published = d;
            break;
        case "--html" when i + 1 < args.Length:
            htmlPath = args[++i];
            break;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal) || folder is not null) return Fail($"unexpected argument '{args[i]}'.");
            folder = args[i];
            break;
    }
}
folder ??= "samples/articles";
if (!Directory.Exists(folder)) return Fail($"'{folder}' is not a folder; pass a folder of .txt articles.");

var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
if (files.Length == 0) return Fail($"'{folder}' has no .txt files.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
var inputs = files.Select(f =>
{
    var text = File.ReadAllText(f);
    return new DocumentInput(text, Path.GetFileName(f), published ?? Dateline.FindDate(text));
});

var results = new List<AnalysisResult>();
int events = 0;
foreach (var doc in pipeline.ProcessMany(inputs, new BatchOptions(), cancel.Token))
{
    if (doc.Result is null)
    {
        Console.WriteLine($"{doc.Id}: could not analyze ({doc.Error?.Message})");
        continue;
    }
    results.Add(doc.Result);
    events += doc.Result.Events.Count;
    SummaryWriter.Write(Console.Out, doc.Result);
}
Console.WriteLine($"{results.Count} articles, {events} events.");

if (htmlPath is not null)
{
    File.WriteAllText(htmlPath, new HtmlRenderer(new HtmlRenderOptions { Title = "Events in " + Path.GetFileName(Path.GetFullPath(folder)) }).Render(results));
    Console.WriteLine($"wrote {htmlPath}");
}
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine("event-summary: " + message);
    return 2;
}
