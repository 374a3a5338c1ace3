using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Tests.Tagging;

public sealed class DocumentConsistencyTests
{
    private static (int Changed, string[] Types) Run(params (string Text, string Type, double Confidence)[] mentions)
    {
        var texts = mentions.Select(m => m.Text).ToArray();
        var lastWords = mentions.Select(m => m.Text.Split(' ')[^1]).ToArray();
        var counts = mentions.Select(m => m.Text.Split(' ').Length).ToArray();
        var types = mentions.Select(m => m.Type).ToArray();
        var confidences = mentions.Select(m => m.Confidence).ToArray();
        int changed = DocumentConsistency.Apply(texts, lastWords, counts, types, confidences);
        return (changed, types);
    }

    [Test]
    public void TheSameNameTakesTheTypeWithMostConfidence()
    {
        var (changed, types) = Run(("Marchetti", "Person", 0.9), ("Marchetti", "Location", 0.4), ("Marchetti", "Person", 0.8));
        Assert.That(changed, Is.EqualTo(1));
        Assert.That(types, Is.EqualTo(new[] { "Person", "Person", "Person" }));
    }

    [Test]
    public void WithoutAClearMajorityNothingChanges()
    {
        var (changed, types) = Run(("Jordan", "Person", 0.7), ("Jordan", "Location", 0.6));
        Assert.That(changed, Is.EqualTo(0));
        Assert.That(types, Is.EqualTo(new[] { "Person", "Location" }));
    }

    [Test]
    public void ASurnameOfAFullNameIsAPersonUnlessTheModelWasSure()
    {
        var (changed, types) = Run(("Helen Marchetti", "Person", 0.95), ("Marchetti", "Organization", 0.5), ("Lima", "Location", 0.97),
            ("Obi", "Location", 0.95), ("Paul Obi", "Person", 0.9));
        Assert.That(changed, Is.EqualTo(1));
        Assert.That(types, Is.EqualTo(new[] { "Person", "Person", "Location", "Location", "Person" }));
    }

    [Test]
    public void DifferentNamesAreIndependent()
    {
        var (changed, _) = Run(("Lima", "Location", 0.9), ("Quito", "Person", 0.3));
        Assert.That(changed, Is.EqualTo(0));
    }
}
