using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Text;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyNlp.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Test]
    public void UseCallsAreIdempotent()
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseTokenizer().UseSentences().UseSentences().UseTokenizer();
        Assert.That(builder.Components.Select(c => c.Name), Is.EqualTo(new[] { "tokenizer", "sentences" }));
    }

    [Test]
    public void MissingPrerequisiteIsNamedAtBuild()
    {
        var builder = DiplomacyPipeline.CreateBuilder();
        builder.Components.Add(new SentenceSplitterComponent());
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.That(ex!.Message, Does.Contain("Tokens").And.Contain("sentences"));
    }

    [Test]
    public void EmptyBuilderGivesClearError()
    {
        Assert.Throws<PipelineConfigurationException>(() => DiplomacyPipeline.CreateBuilder().Build());
    }

    [Test]
    public void ReplacingTheTokenizerKeepsItsPosition()
    {
        var custom = new Tokenizer(["Gov't"]);
        var builder = DiplomacyPipeline.CreateBuilder().UseSentences().UseTokenizer(custom);
        Assert.Multiple(() =>
        {
            Assert.That(builder.Components[0], Is.InstanceOf<TokenizerComponent>());
            Assert.That(((TokenizerComponent)builder.Components[0]).Tokenizer, Is.SameAs(custom));
        });
    }

    [Test]
    public void ResultSpansPointIntoTheUntouchedText()
    {
        const string text = "  Ministers met\u0000 in Lima.\r\nThey agreed.  ";
        var result = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build().Process(text);
        Assert.That(result.Text, Is.SameAs(text));
        foreach (var t in result.Tokens)
        {
            Assert.That(t.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(char.IsWhiteSpace(text[t.Start]) || char.IsControl(text[t.Start]), Is.False);
        }
        Assert.That(result.Sentences, Has.Count.EqualTo(2));
    }

    [Test]
    public void DocumentLongerThanTheLimitIsRejectedWithATypedError()
    {
        var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().WithOptions(o => o with { MaxDocumentLength = 10 }).Build();
        var ex = Assert.Throws<DocumentTooLargeException>(() => pipeline.Process("This text is longer than ten characters."));
        Assert.That(ex!.Message, Does.Contain("MaxDocumentLength"));
    }

    [Test]
    public void NullTextIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => DiplomacyText.Analyze(null!));
    }

    [Test]
    public void DependencyInjectionRegistersASingletonPipeline()
    {
        var services = new ServiceCollection().AddDiplomacyNlp(b => b.UseSentences()).BuildServiceProvider();
        var a = services.GetRequiredService<DiplomacyPipeline>();
        var b = services.GetRequiredService<DiplomacyPipeline>();
        Assert.That(a, Is.SameAs(b));
        Assert.That(a.Process("One. Two.").Sentences, Has.Count.EqualTo(2));
    }
}
