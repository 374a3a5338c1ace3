using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Entities;

public sealed class HeadlineOrganizationFilterTests
{
    private const string Text =
        "Ministers Reaffirm Border Commitment As Harbor Workers Union Joins Talks\n\n" +
        "The Coastal Pledge Forum said on Friday that ministers would return to the harbor talks next month, and that " +
        "Ministers Reaffirm Border Commitment remained their slogan.";

    private static List<Entity> Candidates(AnalysisResult result, params (string Text, EntitySource Source, int Occurrence)[] wanted)
    {
        var list = new List<Entity>();
        foreach (var (text, source, occurrence) in wanted)
        {
            int start = -1;
            for (int k = 0; k <= occurrence; k++) start = Text.IndexOf(text, start + 1, StringComparison.Ordinal);
            int first = -1, end = -1;
            for (int i = 0; i < result.Tokens.Count; i++)
            {
                if (result.Tokens[i].Start == start) first = i;
                if (result.Tokens[i].End == start + text.Length) end = i + 1;
            }
            list.Add(new Entity
            {
                Id = string.Empty, Type = EntityType.Organization, Span = new SourceSpan(start, text.Length), Text = text,
                FirstToken = first, TokenCount = end - first, Source = source,
            });
        }
        return list;
    }

    [Test]
    public void TheFirstLineReadsAsAHeadlineAndTheSecondDoesNot()
    {
        var result = DiplomacyText.Analyze(Text);
        Assert.That(result.Sentences, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(HeadlineOrganizationFilter.IsTitleCase(result.Tokens, result.Sentences[0]), Is.True);
        Assert.That(HeadlineOrganizationFilter.IsTitleCase(result.Tokens, result.Sentences[^1]), Is.False);
    }

    [Test]
    public void DropsOnlyModelOrganizationsOfAHeadlineThatLackAnOrganizationWord()
    {
        var result = DiplomacyText.Analyze(Text);
        var candidates = Candidates(result,
            ("Ministers Reaffirm Border Commitment", EntitySource.Model, 0), // headline, no head word: dropped
            ("Harbor Workers Union", EntitySource.Model, 0), // headline, but "Union" is an organization word: kept
            ("Ministers Reaffirm Border Commitment", EntitySource.Lexicon, 0), // not from the model: kept
            ("Ministers Reaffirm Border Commitment", EntitySource.Model, 1), // body text: kept
            ("Coastal Pledge Forum", EntitySource.Model, 0)); // body text: kept
        var filter = new HeadlineOrganizationFilter(LexiconSet.Default);
        int removed = filter.Apply(Text, result.Tokens, result.Sentences, candidates);
        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(candidates.Select(c => (c.Text, c.Source, c.Span.Start)), Does.Not.Contain(("Ministers Reaffirm Border Commitment", EntitySource.Model, 0)));
            Assert.That(candidates, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void ALongCapitalizedRunInAHeadlineIsDroppedEvenWithAnOrganizationWord()
    {
        var result = DiplomacyText.Analyze(Text);
        var candidates = Candidates(result, ("Ministers Reaffirm Border Commitment As Harbor Workers Union", EntitySource.Model, 0));
        new HeadlineOrganizationFilter(LexiconSet.Default).Apply(Text, result.Tokens, result.Sentences, candidates);
        Assert.That(candidates, Is.Empty);
    }
}
