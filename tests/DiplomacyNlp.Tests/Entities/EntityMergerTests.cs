using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Entities;

public sealed class EntityMergerTests
{
    private static Entity E(EntityType type, int start, int length, EntitySource source, double confidence = 0.9, string? country = null) => new()
    {
        Id = string.Empty,
        Type = type,
        Span = new SourceSpan(start, length),
        Text = new string('x', length),
        Source = source,
        Confidence = confidence,
        Country = country,
    };

    [Test]
    public void IdenticalCandidatesMergeAndKeepLexiconAttributes()
    {
        var merged = EntityMerger.Merge([E(EntityType.Location, 0, 6, EntitySource.Model, 0.7), E(EntityType.Location, 0, 6, EntitySource.Lexicon, 0.95, "MEX")]);
        Assert.That(merged, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(merged[0].Country, Is.EqualTo("MEX"));
            Assert.That(merged[0].Confidence, Is.EqualTo(0.95));
            Assert.That(merged[0].Id, Is.EqualTo("e1"));
        });
    }

    [Test]
    public void CountryInsideOrganizationIsKept()
    {
        var merged = EntityMerger.Merge([E(EntityType.Organization, 0, 21, EntitySource.Model), E(EntityType.Location, 0, 4, EntitySource.Lexicon, 0.99, "USA")]);
        Assert.That(merged.Select(e => e.Type), Is.EqualTo(new[] { EntityType.Organization, EntityType.Location }));
    }

    [Test]
    public void ConfidentModelPersonContainingCountryNameWins()
    {
        var merged = EntityMerger.Merge([E(EntityType.Person, 0, 13, EntitySource.Model, 0.8), E(EntityType.Location, 0, 7, EntitySource.Lexicon, 0.95, "GEO")]);
        Assert.That(merged.Single().Type, Is.EqualTo(EntityType.Person));
    }

    [Test]
    public void UnsureModelEntityLosesToLexicon()
    {
        var merged = EntityMerger.Merge([E(EntityType.Person, 0, 13, EntitySource.Model, 0.4), E(EntityType.Location, 0, 7, EntitySource.Lexicon, 0.95, "GEO")]);
        Assert.That(merged.Single().Type, Is.EqualTo(EntityType.Location));
    }

    [Test]
    public void RuleAmountBeatsModelEntity()
    {
        var merged = EntityMerger.Merge([E(EntityType.Date, 0, 10, EntitySource.Model, 0.9), E(EntityType.Money, 2, 12, EntitySource.Rule, 0.99)]);
        Assert.That(merged.Single().Type, Is.EqualTo(EntityType.Money));
    }

    [Test]
    public void IdsFollowTextOrder()
    {
        var merged = EntityMerger.Merge([E(EntityType.Person, 20, 5, EntitySource.Model), E(EntityType.Location, 0, 5, EntitySource.Lexicon)]);
        Assert.That(merged.Select(e => (e.Id, e.Span.Start)), Is.EqualTo(new[] { ("e1", 0), ("e2", 20) }));
    }

    [Test]
    public void LowConfidenceCandidatesAreDroppedByThreshold()
    {
        var merged = EntityMerger.Merge([E(EntityType.Person, 0, 5, EntitySource.Model, 0.2)], minConfidence: 0.5);
        Assert.That(merged, Is.Empty);
    }
}
