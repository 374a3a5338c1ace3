using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Tests.Tagging;

[TestFixture]
public sealed class AnnotationConsistencyTests
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["org"] = "Organization",
        ["geo"] = "Location",
    };

    private static ConllSentence Sentence(params (string Word, string Label)[] tokens) =>
        new(tokens.Select(t => t.Word).ToArray(), tokens.Select(_ => "NNP").ToArray(), tokens.Select(t => t.Label).ToArray());

    [Test]
    public void CountsGoldSpansWhoseTextTrainingLabelsMostlyOtherwise()
    {
        var training = new List<ConllSentence>
        {
            Sentence(("Corvia", "B-geo"), ("said", "O")),
            Sentence(("Corvia", "B-geo"), ("replied", "O")),
            Sentence(("Corvia", "B-org"), ("denied", "O")),
            Sentence(("Lumen", "B-org"), ("Council", "I-org"), ("met", "O")),
        };
        var evaluation = new List<ConllSentence>
        {
            // "Corvia" as an organization: training says Location twice, Organization once
            Sentence(("Corvia", "B-org"), ("agreed", "O")),
            // "Lumen Council" as an organization, as in training
            Sentence(("Lumen", "B-org"), ("Council", "I-org"), ("voted", "O")),
            // never seen in training
            Sentence(("Tessaly", "B-org"), ("left", "O")),
            Sentence(("Corvia", "B-geo"), ("is", "O"), ("small", "O")),
        };
        var counts = AnnotationConsistency.Compute(training, evaluation, Map);
        var org = counts.Single(c => c.Type == "Organization");
        var loc = counts.Single(c => c.Type == "Location");
        Assert.Multiple(() =>
        {
            Assert.That(org, Is.EqualTo(new AnnotationConsistency.TypeCounts("Organization", 3, 2, 1)));
            Assert.That(loc, Is.EqualTo(new AnnotationConsistency.TypeCounts("Location", 1, 1, 0)));
        });
    }
}
