using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>Bad arguments give a specific exception type whose message names what to fix.</summary>
[TestFixture]
public sealed class BadArgumentTests
{
    [Test]
    public void NullTextIsRejectedEverywhereWithTheParameterName()
    {
        var pipeline = DiplomacyText.DefaultPipeline;
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentNullException>(() => pipeline.Process((string)null!))!.ParamName, Is.EqualTo("text"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => pipeline.Process((Document)null!))!.ParamName, Is.EqualTo("document"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new Document(null!))!.ParamName, Is.EqualTo("text"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new DocumentInput(null!))!.ParamName, Is.EqualTo("text"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => DocumentInput.Create(null!, "id", "2025-09-03"))!.ParamName, Is.EqualTo("text"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => DiplomacyText.Analyze(null!))!.ParamName, Is.EqualTo("text"));
        });
    }

    [TestCase("2025-02-30")]
    [TestCase("2025-13-01")]
    [TestCase("03/09/2025")]
    [TestCase("September 3, 2025")]
    [TestCase("2025-9-3")]
    [TestCase("yesterday")]
    [TestCase("2025-09-03Tgarbage")]
    public void InvalidPublicationDateGivesATypedErrorNamingTheFormat(string value)
    {
        var ex = Assert.Throws<InvalidPublicationDateException>(() => DocumentInput.Create("Talks resumed.", "d1", value))!;
        Assert.Multiple(() =>
        {
            Assert.That(ex.Value, Is.EqualTo(value));
            Assert.That(ex.Message, Does.Contain("YYYY-MM-DD").And.Contain(value));
            Assert.That(ex, Is.InstanceOf<FormatException>());
            Assert.That(PublicationDate.TryParse(value, out _), Is.False);
        });
    }

    [TestCase("2025-09-03", 2025, 9, 3)]
    [TestCase(" 2025-09-03 ", 2025, 9, 3)]
    [TestCase("2024-02-29T23:59:59Z", 2024, 2, 29)]
    [TestCase("2025-09-03T08:00:00+02:00", 2025, 9, 3)]
    public void ValidPublicationDatesAreRead(string value, int year, int month, int day)
    {
        var input = DocumentInput.Create("Talks resumed.", "d1", value);
        Assert.That(input.Published, Is.EqualTo(new DateOnly(year, month, day)));
        Assert.That(input.ToDocumentInfo().Published, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void MissingPublicationDateIsNoDate()
    {
        Assert.That(DocumentInput.Create("x", "d", null).Published, Is.Null);
        Assert.That(DocumentInput.Create("x", "d", "  ").Published, Is.Null);
        Assert.Throws<ArgumentNullException>(() => PublicationDate.Parse(null!));
    }

    [Test]
    public void EmptyBuilderIsAConfigurationErrorNamingTheFix()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => DiplomacyPipeline.CreateBuilder().Build())!;
        Assert.That(ex.Message, Does.Contain("UseDefaultEnglish"));
    }

    [Test]
    public void DocumentErrorDescribesTheException()
    {
        var error = DocumentError.From(new DocumentTooLargeException(10, 5));
        Assert.Multiple(() =>
        {
            Assert.That(error.ExceptionType, Is.EqualTo("DiplomacyNlp.Pipeline.DocumentTooLargeException"));
            Assert.That(error.Message, Does.Contain("MaxDocumentLength"));
            Assert.That(error.ToString(), Does.StartWith("DiplomacyNlp.Pipeline.DocumentTooLargeException: "));
        });
    }
}
