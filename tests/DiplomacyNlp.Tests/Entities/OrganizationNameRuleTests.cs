using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Entities;

public sealed class OrganizationNameRuleTests
{
    /// <summary>Runs the rule as if the tagger had found no person or organization in <paramref name="text"/>.</summary>
    private static List<string> Organizations(string text)
    {
        var result = DiplomacyText.Analyze(text);
        var found = new List<Entity>();
        new OrganizationNameRule(LexiconSet.Default).Find(text, result.Tokens, result.Sentences, [], found);
        return found.Select(e => e.Text).ToList();
    }

    [Test]
    public void ACapitalizedNameEndingInAHeadWordIsAnOrganization() =>
        Assert.That(Organizations("Officials from the Coastal Shipping Authority said on Monday that the port would reopen soon."),
            Is.EqualTo(new[] { "Coastal Shipping Authority" }));

    [Test]
    public void ConnectorsJoinTheWordsOfOneName() =>
        Assert.That(Organizations("A delegation of the Ministry of Fisheries and Ocean Resources arrived in the capital late on Friday."),
            Is.EqualTo(new[] { "Ministry of Fisheries and Ocean Resources" }));

    [Test]
    public void ALeadingTheIsLeftOut() =>
        Assert.That(Organizations("The Harbor Workers Union called a strike that closed the docks for the rest of the week."),
            Is.EqualTo(new[] { "Harbor Workers Union" }));

    [Test]
    public void ANameWithoutAHeadWordOrASingleWordIsNot() =>
        Assert.That(Organizations("Maria Lopez flew to Lima, and the Union said it had not been consulted about the change."), Is.Empty);

    [Test]
    public void TitleCaseHeadlinesAreLeftAlone() =>
        Assert.That(Organizations("Dock Workers Union Calls Strike Over Pay"), Is.Empty);
}
