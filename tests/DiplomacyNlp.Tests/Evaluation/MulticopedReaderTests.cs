using DiplomacyNlp.Evaluation;

namespace DiplomacyNlp.Tests.Evaluation;

public sealed class MulticopedReaderTests
{
    [Test]
    public void ReadsSpansAndClassAndSkipsBlankLines()
    {
        const string jsonl =
            "{\"id\": \"a1\", \"text\": \"Ruritania and Freedonia signed a pact.\", \"pentaclass_name\": \"material cooperation (06-08)\", \"source_spans\": [], \"target_spans\": [], \"reciprocal_spans\": [\"Ruritania\", \"Freedonia\"]}\n" +
            "\n" +
            "{\"text\": \"The Freedonian army shelled a village.\", \"pentaclass_name\": null, \"source_spans\": [\"The Freedonian army\"], \"target_spans\": [\"a village\", \" \"]}\n";
        var sentences = MulticopedReader.Read(new StringReader(jsonl));
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(sentences[0].Id, Is.EqualTo("a1"));
            Assert.That(sentences[0].IsCooperation, Is.True);
            Assert.That(sentences[0].AllSpans().Select(s => (s.Span, s.Kind)), Is.EqualTo(new[] { ("Ruritania", ActorSpanKind.Reciprocal), ("Freedonia", ActorSpanKind.Reciprocal) }));
            Assert.That(sentences[1].Id, Is.EqualTo("line-3"));
            Assert.That(sentences[1].ClassName, Is.Null);
            Assert.That(sentences[1].IsCooperation, Is.False);
            Assert.That(sentences[1].TargetSpans, Is.EqualTo(new[] { "a village" }), "blank spans are dropped");
            Assert.That(sentences[1].ReciprocalSpans, Is.Empty);
        });
    }

    [TestCase("{\"text\": \"ok\"}\nnot json\n", "line 2")]
    [TestCase("{\"id\": \"x\"}\n", "line 1: missing the string field 'text'")]
    [TestCase("{\"text\": \"ok\", \"source_spans\": \"Ruritania\"}\n", "line 1: 'source_spans' must be an array")]
    [TestCase("[1, 2]\n", "line 1: expected a JSON object")]
    public void ABadLineIsAFormatExceptionNamingTheLine(string jsonl, string message)
    {
        var ex = Assert.Throws<FormatException>(() => MulticopedReader.Read(new StringReader(jsonl)));
        Assert.That(ex!.Message, Does.StartWith(message));
    }
}
