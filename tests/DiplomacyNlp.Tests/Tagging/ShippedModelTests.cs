using DiplomacyNlp.Entities;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tagging;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Tagging;

public sealed class ShippedModelTests
{
    [Test]
    public void ShippedModelsLoadFast()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var ner = TaggerModels.LoadEmbedded(TaggerModels.EntityResource);
        var pos = TaggerModels.LoadEmbedded(TaggerModels.PartOfSpeechResource);
        sw.Stop();
        Assert.That(ner.IsBilou, Is.True);
        Assert.That(pos.Kind, Is.EqualTo(FeatureKind.PartOfSpeech));
        TestContext.Out.WriteLine($"loaded both models in {sw.ElapsedMilliseconds} ms ({ner.RowCount:N0} + {pos.RowCount:N0} rows)");
    }

    /// <summary>Loads the shipped models and checks a floor on a fixed slice of GMB test (trains nothing).</summary>
    [Test]
    public void ScoresOnAFixedSliceOfGmbTestStayAboveTheFloor()
    {
        var path = SharedData.Require("corpora/gmb/gmb_titles.test.conll");
        var slice = ConllReader.Read(path).Take(1500).ToList();
        var eval = TaggerTrainer.EvaluateEntities(TaggerModels.Entities, slice, CorpusPreparation.GmbEntityMap, TaggerModels.PartOfSpeech);
        double pos = TaggerTrainer.EvaluatePartOfSpeech(TaggerModels.PartOfSpeech, slice);
        TestContext.Out.WriteLine($"micro F1 {eval.Micro.F1:P2}, POS {pos:P2}; " + string.Join(", ", eval.ByType.Select(p => $"{p.Type} {p.Scores.F1:P1}")));
        Assert.Multiple(() =>
        {
            Assert.That(eval.Micro.F1, Is.GreaterThan(0.84));
            Assert.That(eval.ByType.Single(p => p.Type == "Person").Scores.F1, Is.GreaterThan(0.78));
            Assert.That(eval.ByType.Single(p => p.Type == "Organization").Scores.F1, Is.GreaterThan(0.72));
            Assert.That(pos, Is.GreaterThan(0.96));
        });
    }

    [Test]
    public void FindsPeopleOrganizationsAndPlacesInNewText()
    {
        const string text = "Brazilian Foreign Minister Tiago Moreira met Kenyan President Grace Wanjiru in Nairobi on Tuesday, the United Nations said.";
        var result = DiplomacyText.Analyze(text);
        var people = result.Entities.OfType(EntityType.Person).Select(e => e.Text).ToList();
        Assert.That(people, Does.Contain("Tiago Moreira").And.Contain("Grace Wanjiru"));
        Assert.That(result.Entities.Any(e => e.Type == EntityType.Location && e.Text == "Nairobi"), Is.True);
        Assert.That(result.Entities.Any(e => e.Type == EntityType.Organization && e.Text.Contains("United Nations")), Is.True);
        Assert.That(result.Entities.All(e => e.Confidence is > 0 and <= 1), Is.True);
        Assert.That(result.Tokens.All(t => t.Pos != PartOfSpeech.None), Is.True);
    }

    [Test]
    public void HeadlinesInCapitalsStillYieldEntities()
    {
        var result = DiplomacyText.Analyze("CANADA AND MEXICO SIGN BORDER DEAL AS PRESIDENT ANA TORRES VISITS OTTAWA");
        Assert.That(result.Entities.Count, Is.GreaterThan(0));
    }
}
