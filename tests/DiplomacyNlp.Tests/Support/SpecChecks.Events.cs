using System.Globalization;
using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Support;

internal static partial class SpecChecks
{
    /// <summary>
    /// <c>event: Type | participants: A; B | status: Occurred | date: 2025-09-03 | location: Lima | kind: Phone | roles: A=Visitor; B=Host |
    /// category: Foreign Terrorist Organization | cameo: 041 | plover: CONSULT/phone | trigger: spoke | participant-count: 2</c>:
    /// some event of that type satisfies every field given. A participant name matches the participant's canonical name, its
    /// mention text, its surname, or (three capitals) its ISO country code. <c>date: none</c> and <c>location: none</c> require absence;
    /// <c>date: ~Thursday</c> checks the written text instead of the value.
    /// </summary>
    [SpecKey("event")]
    public static void EventExpectation(AnalysisResult result, string value)
    {
        var fields = value.Split('|', StringSplitOptions.TrimEntries);
        string type = fields[0];
        var candidates = result.Events.Where(e => string.Equals(e.Type.Name, type, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(candidates, Is.Not.Empty, $"no {type} event; events: {DescribeEvents(result)}");
        if (candidates.Count == 0) return;
        var failures = new List<string>();
        foreach (var e in candidates)
        {
            var why = Mismatch(result, e, fields.Skip(1));
            if (why is null) return;
            failures.Add(why);
        }
        Assert.Fail($"no {type} event matches '{value}': {string.Join("; ", failures)}; events: {DescribeEvents(result)}");
    }

    /// <summary><c>no-events: true</c>: the text reports no event.</summary>
    [SpecKey("no-events")]
    public static void NoEvents(AnalysisResult result, string value)
    {
        Assert.That(result.Events, Is.Empty, $"expected no events; events: {DescribeEvents(result)}");
    }

    /// <summary><c>no-event: Meeting</c>: no event of that type.</summary>
    [SpecKey("no-event")]
    public static void NoEventOfType(AnalysisResult result, string value)
    {
        Assert.That(result.Events.Where(e => string.Equals(e.Type.Name, value.Trim(), StringComparison.OrdinalIgnoreCase)), Is.Empty,
            $"expected no {value} event; events: {DescribeEvents(result)}");
    }

    /// <summary><c>event-count: Meeting=1</c> or <c>event-count: 2</c> (all types).</summary>
    [SpecKey("event-count")]
    public static void EventCount(AnalysisResult result, string value)
    {
        var parts = value.Split('=', StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            Assert.That(result.Events, Has.Count.EqualTo(int.Parse(parts[0], CultureInfo.InvariantCulture)), $"event count; events: {DescribeEvents(result)}");
            return;
        }
        var count = result.Events.Count(e => string.Equals(e.Type.Name, parts[0], StringComparison.OrdinalIgnoreCase));
        Assert.That(count, Is.EqualTo(int.Parse(parts[1], CultureInfo.InvariantCulture)), $"{parts[0]} count; events: {DescribeEvents(result)}");
    }

    /// <summary><c>time: on Thursday => 2025-09-04</c> (or <c>=> null</c>): a time expression with that text and value.</summary>
    [SpecKey("time")]
    public static void TimeExpectation(AnalysisResult result, string value)
    {
        int arrow = value.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0) throw new FormatException($"time expectation '{value}' needs 'text => value'");
        string text = value[..arrow].Trim();
        string expected = value[(arrow + 2)..].Trim();
        var t = result.TimeExpressions.FirstOrDefault(x => x.Text == text);
        Assert.That(t, Is.Not.Null, $"no time expression \"{text}\"; times: {string.Join(", ", result.TimeExpressions.Select(x => $"\"{x.Text}\"={x.Value}"))}");
        if (t is null) return;
        Assert.That(t.Value ?? "null", Is.EqualTo(expected), $"value of \"{text}\"");
    }

    private static string? Mismatch(AnalysisResult result, Event e, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            int colon = field.IndexOf(':');
            if (colon <= 0) throw new FormatException($"event field '{field}' is not 'key: value'");
            string key = field[..colon].Trim().ToLowerInvariant();
            string expected = field[(colon + 1)..].Trim();
            switch (key)
            {
                case "participants":
                    foreach (var name in expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!e.Participants.Any(p => ParticipantIs(result, p, name))) return $"participant '{name}' missing";
                    }
                    break;
                case "participant-count":
                    if (e.Participants.Count != int.Parse(expected, CultureInfo.InvariantCulture)) return $"{e.Participants.Count} participants";
                    break;
                case "roles":
                    foreach (var pair in expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var kv = pair.Split('=', StringSplitOptions.TrimEntries);
                        var role = Enum.Parse<ArgumentRole>(kv[1], ignoreCase: true);
                        if (!e.Participants.Any(p => ParticipantIs(result, p, kv[0]) && p.Role == role)) return $"no {kv[0]} as {role}";
                    }
                    break;
                case "status":
                    if (!string.Equals(e.Status.ToString(), expected, StringComparison.OrdinalIgnoreCase)) return $"status {e.Status}";
                    break;
                case "date":
                    if (expected == "none") { if (e.Date is not null) return $"date {e.Date.Text}"; break; }
                    if (expected.StartsWith('~')) { if (e.Date is null || !e.Date.Text.Contains(expected[1..], StringComparison.OrdinalIgnoreCase)) return $"date text {e.Date?.Text}"; break; }
                    if (e.Date?.Value != expected) return $"date {e.Date?.Value ?? e.Date?.Text ?? "none"}";
                    break;
                case "location":
                    if (expected == "none") { if (e.Location is not null) return $"location {e.Location.Text}"; break; }
                    if (e.Location is null || !string.Equals(e.Location.Text, expected, StringComparison.OrdinalIgnoreCase)) return $"location {e.Location?.Text ?? "none"}";
                    break;
                case "kind":
                    if (!string.Equals(e.Kind, expected, StringComparison.OrdinalIgnoreCase)) return $"kind {e.Kind}";
                    break;
                case "category":
                    if (e is not DesignationEvent d || d.Category is null || !d.Category.StartsWith(expected, StringComparison.OrdinalIgnoreCase)) return $"category {(e as DesignationEvent)?.Category}";
                    break;
                case "cameo":
                    if (e.Codes.Cameo != (expected == "none" ? null : expected)) return $"cameo {e.Codes.Cameo}";
                    break;
                case "plover":
                    {
                        string actual = e.Codes.PloverCategory is null ? "none" : e.Codes.PloverCategory + (e.Codes.PloverMode is null ? string.Empty : "/" + e.Codes.PloverMode);
                        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)) return $"plover {actual}";
                        break;
                    }
                case "trigger":
                    if (!string.Equals(e.TriggerText, expected, StringComparison.OrdinalIgnoreCase)) return $"trigger {e.TriggerText}";
                    break;
                case "evidence-count":
                    if (e.Evidence.Count != int.Parse(expected, CultureInfo.InvariantCulture)) return $"{e.Evidence.Count} evidence spans";
                    break;
                case "min-confidence":
                    if (e.Confidence < double.Parse(expected, CultureInfo.InvariantCulture)) return $"confidence {e.Confidence:0.00}";
                    break;
                case "max-confidence":
                    if (e.Confidence > double.Parse(expected, CultureInfo.InvariantCulture)) return $"confidence {e.Confidence:0.00}";
                    break;
                default:
                    throw new FormatException($"unknown event field '{key}'");
            }
        }
        return null;
    }

    private static bool ParticipantIs(AnalysisResult result, EventParticipant p, string name)
    {
        if (name.Length == 3 && name.All(char.IsUpper) && string.Equals(p.Country, name, StringComparison.Ordinal)) return true;
        if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return true;
        if (p.Span.Length > 0 && string.Equals(result.GetText(p.Span), name, StringComparison.OrdinalIgnoreCase)) return true;
        return p.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase);
    }

    private static string DescribeEvents(AnalysisResult result) => result.Events.Count == 0 ? "(none)" : string.Join(" || ", result.Events.Select(e =>
        $"{e.Type}({e.Kind}) [{string.Join("; ", e.Participants.Select(p => p.Name + "/" + p.Role + (p.Country is null ? string.Empty : "/" + p.Country)))}] {e.Status} " +
        $"date={e.Date?.Value ?? e.Date?.Text ?? "-"} at={e.Location?.Text ?? "-"} trigger=\"{e.TriggerText}\" rule={e.Rule}"));
}
