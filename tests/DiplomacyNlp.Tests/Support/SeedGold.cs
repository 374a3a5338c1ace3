using System.Globalization;
using System.Text;
using System.Text.Json;
using DiplomacyNlp.Events;

namespace DiplomacyNlp.Tests.Support;

/// <summary>
/// Reads ../shared/seeds/gold.json and scores emitted events against it, following its "about" rules: an event matches
/// a gold event when its type is one of the gold types and every gold participant is among its participants (matched
/// through the gold mention lists, or by ISO code for a country); where the gold gives a status, date, place or
/// category, they must agree too. Required gold events must all be found; an emitted event that matches no gold
/// event (required or optional) is a false positive.
/// </summary>
internal sealed class SeedGold
{
    public required IReadOnlyList<SeedDocument> Documents { get; init; }

    public static SeedGold Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var docs = new List<SeedDocument>();
        foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var names = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            var roles = new Dictionary<string, List<(string Title, string? Country)>>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in new[] { "people", "organizations" })
            {
                if (!d.TryGetProperty(key, out var list)) continue;
                foreach (var p in list.EnumerateArray())
                {
                    string name = p.GetProperty("name").GetString()!;
                    var forms = new List<string> { name };
                    if (p.TryGetProperty("mentions", out var ms)) forms.AddRange(ms.EnumerateArray().Select(m => m.GetString()!));
                    names[name] = forms;
                    if (p.TryGetProperty("roles", out var rs))
                    {
                        roles[name] = rs.EnumerateArray().Select(r => (r.GetProperty("title").GetString()!, r.TryGetProperty("country", out var c) ? c.GetString() : null)).ToList();
                    }
                }
            }
            var events = new List<GoldEvent>();
            foreach (var e in d.GetProperty("events").EnumerateArray())
            {
                events.Add(new GoldEvent
                {
                    Types = e.GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToList(),
                    Participants = e.GetProperty("participants").EnumerateArray().Select(t => t.GetString()!).ToList(),
                    Status = e.TryGetProperty("status", out var st) ? st.GetString() : null,
                    Date = e.TryGetProperty("date", out var dt) ? dt.GetString() : null,
                    Locations = e.TryGetProperty("location", out var loc) ? loc.EnumerateArray().Select(x => x.GetString()!).ToList() : null,
                    Category = e.TryGetProperty("category", out var cat) ? cat.GetString() : null,
                    Required = e.TryGetProperty("required", out var rq) && rq.GetBoolean(),
                    Evidence = e.TryGetProperty("evidence", out var ev) ? ev.GetString() ?? string.Empty : string.Empty,
                });
            }
            string? published = d.TryGetProperty("published", out var pub) && pub.ValueKind == JsonValueKind.String ? pub.GetString() : null;
            var countries = d.TryGetProperty("countries", out var cs) ? cs.EnumerateArray().Select(c => c.GetString()!).ToList() : new List<string>();
            docs.Add(new SeedDocument
            {
                File = d.GetProperty("file").GetString()!,
                Published = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Names = names,
                Roles = roles,
                Countries = countries,
                Events = events,
            });
        }
        return new SeedGold { Documents = docs };
    }

    /// <summary>Case- and accent-insensitive comparison form.</summary>
    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.ToLowerInvariant(c == '\u2019' ? '\'' : c));
        }
        var r = sb.ToString().Trim();
        return r.StartsWith("the ", StringComparison.Ordinal) ? r[4..] : r;
    }
}

internal sealed class SeedDocument
{
    public required string File { get; init; }

    public DateOnly? Published { get; init; }

    public required Dictionary<string, List<string>> Names { get; init; }

    public required Dictionary<string, List<(string Title, string? Country)>> Roles { get; init; }

    public required List<string> Countries { get; init; }

    public required List<GoldEvent> Events { get; init; }

    /// <summary>Scores <paramref name="emitted"/>; <paramref name="log"/> receives one line per miss and false positive.</summary>
    public (int RequiredFound, int Required, int Matched, int Emitted) Score(string result, IReadOnlyList<Event> emitted, List<string> log)
    {
        int required = 0, found = 0, matched = 0;
        foreach (var g in Events)
        {
            if (!g.Required) continue;
            required++;
            if (emitted.Any(e => Matches(result, e, g))) found++;
            else log.Add($"{File}: MISSED {string.Join("/", g.Types)} [{string.Join("; ", g.Participants)}] {g.Status} {g.Date} {string.Join("|", g.Locations ?? new())} «{g.Evidence}»");
        }
        foreach (var e in emitted)
        {
            if (Events.Any(g => Matches(result, e, g))) matched++;
            else log.Add($"{File}: FALSE POSITIVE {Describe(result, e)}");
        }
        return (found, required, matched, emitted.Count);
    }

    public static string Describe(string result, Event e) =>
        $"{e.Type}({e.Kind}) [{string.Join("; ", e.Participants.Select(p => p.Name + "/" + p.Role))}] {e.Status} {e.Date?.Value ?? e.Date?.Text ?? "-"} @{e.Location?.Text ?? "-"} «{result.Substring(e.Trigger.Start, e.Trigger.Length)}» in «{Short(result.Substring(e.Sentence.Start, e.Sentence.Length))}» rule={e.Rule}";

    private static string Short(string s) => s.Length <= 140 ? s.ReplaceLineEndings(" ") : s[..140].ReplaceLineEndings(" ") + "…";

    public bool Matches(string result, Event e, GoldEvent g)
    {
        if (!g.Types.Any(t => string.Equals(t, e.Type.Name, StringComparison.OrdinalIgnoreCase))) return false;
        foreach (var name in g.Participants)
        {
            if (!e.Participants.Any(p => ParticipantMatches(result, p, name))) return false;
        }
        if (g.Status is not null && !string.Equals(g.Status, e.Status.ToString(), StringComparison.OrdinalIgnoreCase)) return false;
        if (g.Date is not null && !DateMatches(e.Date?.Value, g.Date)) return false;
        if (g.Locations is not null)
        {
            if (e.Location is null) return false;
            string loc = SeedGold.Fold(e.Location.Text);
            if (!g.Locations.Any(l => SeedGold.Fold(l) == loc)) return false;
        }
        if (g.Category is not null && e is DesignationEvent d)
        {
            if (d.Category is null || !SeedGold.Fold(d.Category).StartsWith(SeedGold.Fold(g.Category), StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private bool ParticipantMatches(string result, EventParticipant p, string goldName)
    {
        if (goldName.Length == 3 && goldName.All(char.IsUpper)) return string.Equals(p.Country, goldName, StringComparison.OrdinalIgnoreCase);
        var forms = Names.TryGetValue(goldName, out var f) ? f : new List<string> { goldName };
        string name = SeedGold.Fold(p.Name);
        string text = p.Span.Length > 0 ? SeedGold.Fold(result.Substring(p.Span.Start, p.Span.Length)) : string.Empty;
        return forms.Any(x => SeedGold.Fold(x) == name || SeedGold.Fold(x) == text);
    }

    /// <summary>Gold "2025-09-03", "2025-02", or without a year "01-23" / "02" (the emitted value is then "--01-23" / "--02" or a full date ending so).</summary>
    private static bool DateMatches(string? value, string gold)
    {
        if (value is null) return false;
        if (gold.Length >= 4 && char.IsDigit(gold[0]) && gold.IndexOf('-') == 4) return value == gold;
        if (gold.Length == 4 && gold.All(char.IsDigit)) return value == gold;
        return value == "--" + gold || value.EndsWith("-" + gold, StringComparison.Ordinal) && value.Length == 5 + gold.Length;
    }
}

internal sealed class GoldEvent
{
    public required List<string> Types { get; init; }

    public required List<string> Participants { get; init; }

    public string? Status { get; init; }

    public string? Date { get; init; }

    public List<string>? Locations { get; init; }

    public string? Category { get; init; }

    public bool Required { get; init; }

    public string Evidence { get; init; } = string.Empty;
}
