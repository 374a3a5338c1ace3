using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Acceptance;

/// <summary>
/// Runs the default pipeline on the five seed articles with their publication dates and checks the gold events: every
/// required event found, and precision (emitted events matching a required or optional gold event) of at least 90%.
/// Prints recall and precision. Depends on the full stack (entities, people); skips when ../shared is absent.
/// </summary>
public sealed class SeedEventTests
{
    [Test]
    public void DefaultPipelineFindsTheGoldEvents()
    {
        string goldPath = SharedData.Require(Path.Combine("seeds", "gold.json"));
        var gold = SeedGold.Load(goldPath);
        var log = new List<string>();
        int found = 0, required = 0, matched = 0, emitted = 0;
        foreach (var doc in gold.Documents)
        {
            string text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(goldPath)!, doc.File));
            var result = DiplomacyText.Analyze(text, new DocumentInfo { Id = doc.File, Published = doc.Published });
            var (f, r, m, e) = doc.Score(text, result.Events, log);
            found += f; required += r; matched += m; emitted += e;
        }
        double recall = required == 0 ? 1 : (double)found / required;
        double precision = emitted == 0 ? 1 : (double)matched / emitted;
        TestContext.Out.WriteLine($"Seed events: required found {found}/{required} (recall {recall:P1}); emitted {emitted}, matching gold {matched} (precision {precision:P1})");
        foreach (var line in log) TestContext.Out.WriteLine(line);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(required), "every required gold event is found:\n" + string.Join("\n", log));
            Assert.That(precision, Is.GreaterThanOrEqualTo(0.9), "precision:\n" + string.Join("\n", log));
        });
    }
}
