using System.Globalization;
using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Samples.EventSummary;

/// <summary>Writes one analyzed article as a few readable lines: who is who, then each event with its parties, time, place, codes and evidence.</summary>
internal static class SummaryWriter
{
    public static void Write(TextWriter output, AnalysisResult result)
    {
        var published = result.Document.Published is { } p ? " — published " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        output.WriteLine($"{result.Document.Id}{published} — {Plural(result.Events.Count, "event")}");
        if (result.People.Count > 0)
        {
            var people = result.People.Select(person =>
            {
                var role = person.Roles.FirstOrDefault();
                if (role is null) return person.Name;
                var where = role.Country ?? role.Organization;
                return where is null ? $"{person.Name} ({role.CanonicalTitle})" : $"{person.Name} ({role.CanonicalTitle}, {where})";
            });
            output.WriteLine("  people: " + string.Join("; ", people));
        }
        int n = 0;
        foreach (var e in result.Events)
        {
            n++;
            var kind = e.Kind is null ? "" : $" ({e.Kind})";
            var when = e.Date is null ? "" : e.Date.Value is null ? $" · {e.Date.Text}" : $" · {e.Date.Value} ({e.Date.Text})";
            var where = e.Location is null ? "" : $" · in {e.Location.Text}";
            output.WriteLine($"  {n}. {e.Type}{kind} · {e.Status}{when}{where}");
            var parties = e.Participants.Count == 0
                ? "(no named parties)"
                : string.Join(e.Participants.All(x => x.Role == ArgumentRole.Participant) ? " ↔ " : "; ", e.Participants.Select(x =>
                    x.Country is null ? $"{x.Name} [{x.Role}]" : $"{x.Name} [{x.Role}, {x.Country}]"));
            output.WriteLine($"     {parties}");
            if (e is DesignationEvent { Category: { } category }) output.WriteLine($"     category: {category}");
            var codes = new List<string>();
            if (e.Codes.Cameo is not null) codes.Add("CAMEO " + e.Codes.Cameo);
            if (e.Codes.PloverCategory is not null) codes.Add("PLOVER " + e.Codes.PloverCategory + (e.Codes.PloverMode is null ? "" : "/" + e.Codes.PloverMode));
            codes.Add("confidence " + e.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            output.WriteLine($"     {string.Join(" · ", codes)}");
            output.WriteLine($"     “{Snippet(result.GetText(e.Evidence.Count > 0 ? e.Evidence[^1] : e.Sentence))}”");
        }
        output.WriteLine();
    }

    private static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 110 ? flat : flat[..110].TrimEnd() + "…";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
