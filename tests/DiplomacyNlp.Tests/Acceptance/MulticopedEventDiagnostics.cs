using System.Text.Json;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tests.Support;

namespace DiplomacyNlp.Tests.Acceptance;

/// <summary>
/// A diagnostic on real wire-news sentences (Multi-CoPED, evaluation only, read from ../shared): how often each CAMEO
/// class produces an event of this library's four types, and a sample of what is emitted, for manual review. Material and
/// verbal conflict sentences rarely report calls, meetings, agreements or designations, so their event rate approximates
/// the false-positive rate on no-event sentences. Explicit: run it by name.
/// </summary>
[Explicit("diagnostic")]
public sealed class MulticopedEventDiagnostics
{
    [Test]
    public void EventRatesByClass()
    {
        string path = SharedData.Require(Path.Combine("corpora", "multicoped", "train.jsonl"));
        var rates = new Dictionary<string, (int Sentences, int WithEvent)>();
        var samples = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string text = root.GetProperty("text").GetString()!;
            string cls = root.GetProperty("pentaclass_name").ValueKind == JsonValueKind.String ? root.GetProperty("pentaclass_name").GetString()! : "none";
            var result = DiplomacyText.Analyze(text);
            var (n, w) = rates.GetValueOrDefault(cls);
            rates[cls] = (n + 1, w + (result.Events.Count > 0 ? 1 : 0));
            foreach (var e in result.Events) samples.Add($"[{cls[..Math.Min(cls.Length, 12)]}] {e.Type}({e.Kind}) {e.Status} [{string.Join("; ", e.Participants.Select(p => p.Name + "/" + p.Role))}] «{e.TriggerText}» :: {text}");
        }
        foreach (var (cls, (n, w)) in rates.OrderBy(r => r.Key)) TestContext.Out.WriteLine($"{cls,-45} {w,4}/{n,-4} sentences with an event ({(double)w / n:P1})");
        foreach (var s in samples) TestContext.Out.WriteLine(s);
        Assert.Pass();
    }
}
