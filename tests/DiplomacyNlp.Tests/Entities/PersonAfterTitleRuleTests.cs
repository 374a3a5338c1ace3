using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Entities;

public sealed class PersonAfterTitleRuleTests
{
    /// <summary>Runs the rule with only the Role entities the test names (as if the tagger had found nothing else).</summary>
    private static List<string> NamesAfter(string text, params string[] roles)
    {
        var result = DiplomacyText.Analyze(text);
        var entities = new List<Entity>();
        foreach (var role in roles)
        {
            int start = text.IndexOf(role, StringComparison.Ordinal);
            int first = -1, end = -1;
            for (int i = 0; i < result.Tokens.Count; i++)
            {
                if (result.Tokens[i].Start == start) first = i;
                if (result.Tokens[i].End == start + role.Length) end = i + 1;
            }
            entities.Add(new Entity
            {
                Id = string.Empty, Type = EntityType.Role, Span = new SourceSpan(start, role.Length), Text = role,
                FirstToken = first, TokenCount = end - first, Source = EntitySource.Lexicon,
            });
        }
        var found = new List<Entity>();
        new PersonAfterTitleRule(LexiconSet.Default).Find(text, result.Tokens, result.Sentences, entities, found);
        return found.Select(e => e.Text).ToList();
    }

    [Test]
    public void ANameAfterATitleIsAPerson() =>
        Assert.That(NamesAfter("Energy Minister Tavita Lemalu arrived on Monday.", "Energy Minister"), Is.EqualTo(new[] { "Tavita Lemalu" }));

    [Test]
    public void ParticlesStayInsideTheName() =>
        Assert.That(NamesAfter("Ambassador Lucia de la Vega spoke first.", "Ambassador"), Is.EqualTo(new[] { "Lucia de la Vega" }));

    [Test]
    public void ASurnameThatIsAlsoACommonWordCounts() =>
        Assert.That(NamesAfter("Deputy Secretary Paul Burns left.", "Deputy Secretary"), Is.EqualTo(new[] { "Paul Burns" }));

    [Test]
    public void CapitalizedCommonWordsAreNotAName() =>
        Assert.That(NamesAfter("The Prime Minister Office Building was closed.", "Prime Minister"), Is.Empty);

    [Test]
    public void ALowercaseWordAfterTheTitleIsNotAName() =>
        Assert.That(NamesAfter("The President said nothing.", "President"), Is.Empty);
}
