// Prints a readable summary of the events in a folder of articles, using only DiplomacyNlp's public API.
// Usage: dotnet run --project samples/DiplomacyNlp.Samples.EventSummary -- samples/articles [YYYY-MM-DD]
using System.Globalization;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

var folder = args.Length > 0 ? args[0] : "samples/articles";
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"event-summary: '{folder}' is not a folder; pass a folder of .txt articles.");
    return 2;
}
DateOnly? published = args.Length > 1 && DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
var inputs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
    .Select(f => new DocumentInput(File.ReadAllText(f), Path.GetFileName(f), published));

foreach (var doc in pipeline.ProcessMany(inputs))
{
    Console.WriteLine($"== {doc.Id}");
    if (doc.Result is null)
    {
        Console.WriteLine($"   could not analyze: {doc.Error?.Message}");
        continue;
    }
    foreach (var person in doc.Result.People)
    {
        var roles = string.Join(", ", person.Roles.Select(r => r.Country is null ? r.CanonicalTitle : $"{r.CanonicalTitle} ({r.Country})"));
        Console.WriteLine($"   person  {person.Name}{(roles.Length > 0 ? " — " + roles : "")}");
    }
    if (doc.Result.Events.Count == 0) Console.WriteLine("   no events");
    foreach (var e in doc.Result.Events)
    {
        var who = string.Join(" & ", e.Participants.Select(p => p.Name));
        var when = e.Date is null ? "" : $" {e.Date.Value ?? e.Date.Text}";
        var where = e.Location is null ? "" : $" in {e.Location.Text}";
        Console.WriteLine($"   {e.Status,-9} {e.Type.Name,-11} {who}{when}{where}  (confidence {e.Confidence:0.00}; {e.Rule})");
    }
}
return 0;
