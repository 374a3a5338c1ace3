using DiplomacyNlp.Tagging;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Tagging;

public sealed class TaggingEngineTests
{
    private static readonly TagSet Tags = BilouScheme.CreateTagSet(["Person", "Location"]);

    /// <summary>A tiny corpus of invented sentences: names after "minister", places after "in".</summary>
    private static List<TaggedSentence> Corpus()
    {
        string[] people = ["Helen Marchetti", "Paul Obi", "Ana Ruiz", "Tomas Berg", "Lena Koval", "Omar Haddad"];
        string[] places = ["Lima", "Oslo", "Accra", "Hanoi", "Quito", "Riga"];
        var list = new List<TaggedSentence>();
        for (int i = 0; i < people.Length; i++)
        {
            for (int j = 0; j < places.Length; j++)
            {
                var name = people[i].Split(' ');
                var words = new[] { "Minister", name[0], name[1], "arrived", "in", places[j], "today", "." };
                var labels = new[] { "O", "B-Person", "L-Person", "O", "O", "U-Location", "O", "O" };
                list.Add(TaggedSentence.FromWords(words, null, labels.Select(Tags.IndexOf).ToArray()));
            }
        }
        return list;
    }

    private static LinearChainModel TrainTiny(int epochs = 4, LinearChainModel? initial = null) =>
        new PerceptronTrainer(FeatureKind.Entities, Tags, bits: 16, seed: 3, gazetteer: null) { PruneThreshold = 0 }.Train(Corpus(), null, epochs, initial: initial);

    [Test]
    public void BilouConversionFromIob2()
    {
        var labels = new[] { "B-per", "I-per", "O", "B-geo", "I-geo", "I-geo", "B-per" };
        BilouScheme.FromIob2(labels);
        Assert.That(labels, Is.EqualTo(new[] { "B-per", "L-per", "O", "B-geo", "I-geo", "L-geo", "U-per" }));
    }

    [Test]
    public void ViterbiNeverProducesAnInvalidBilouSequence()
    {
        // emissions that greedily favour an invalid sequence: I-Person first, then B-Location, then O
        int t = Tags.Count;
        var em = new float[3 * t];
        em[0 * t + Tags.IndexOf("I-Person")] = 5;
        em[1 * t + Tags.IndexOf("B-Location")] = 5;
        em[2 * t + Tags.IndexOf("O")] = 5;
        var path = new int[3];
        ViterbiDecoder.Decode(em, 3, t, new float[t * t], new float[t], new float[t], bilou: true, path, new float[3 * t], new int[3 * t]);
        Assert.That(BilouScheme.AllowedStart(path[0]), Is.True);
        for (int i = 1; i < 3; i++) Assert.That(BilouScheme.Allowed(path[i - 1], path[i]), Is.True, $"{Tags[path[i - 1]]} -> {Tags[path[i]]}");
        Assert.That(BilouScheme.AllowedEnd(path[2]), Is.True);
    }

    [Test]
    public void TrainedModelLearnsTheTinyCorpus()
    {
        var model = TrainTiny();
        var tagger = new EntityTagger(model, null);
        const string text = "Minister Lena Berg arrived in Oslo today .";
        var tokens = Tokenizer.Default.Tokenize(text);
        var found = new List<TaggedEntity>();
        tagger.Tag(text, tokens, 0, tokens.Count, found);
        Assert.That(found.Select(e => (e.Type, string.Join(' ', tokens.Skip(e.First).Take(e.Count).Select(t => t.GetText(text))))),
            Is.EqualTo(new[] { ("Person", "Lena Berg"), ("Location", "Oslo") }));
        Assert.That(found.All(e => e.Confidence is > 0 and <= 1), Is.True);
    }

    [Test]
    public void SaveLoadRoundTripKeepsPredictions()
    {
        var model = TrainTiny();
        var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = ModelFile.Load(stream, "memory");
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Tags.Names, Is.EqualTo(model.Tags.Names));
            Assert.That(loaded.RowCount, Is.EqualTo(model.RowCount));
            Assert.That(loaded.WeightCount, Is.EqualTo(model.WeightCount));
        });
        foreach (var s in Corpus().Take(5))
        {
            var f = new PerceptronTrainer(FeatureKind.Entities, Tags, 16, 3, null).ExtractFeatures(s);
            Assert.That(PerceptronTrainer.Decode(loaded, f, s.Tokens.Length), Is.EqualTo(PerceptronTrainer.Decode(model, f, s.Tokens.Length)));
        }
    }

    [Test]
    public void CorruptModelGivesModelFormatException()
    {
        var model = TrainTiny(1);
        var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        var bytes = stream.ToArray();
        Assert.Multiple(() =>
        {
            var notGzip = Assert.Throws<ModelFormatException>(() => ModelFile.Load(new MemoryStream("plain text"u8.ToArray()), "bad.bin"));
            Assert.That(notGzip!.Message, Does.Contain("bad.bin").And.Contain("not a DiplomacyNlp model"));
            var truncated = Assert.Throws<ModelFormatException>(() => ModelFile.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "half.bin"));
            Assert.That(truncated!.ModelName, Is.EqualTo("half.bin"));
        });
    }

    [Test]
    public void ALoadedModelCanBeTrainedFurther()
    {
        var first = TrainTiny(1);
        var stream = new MemoryStream();
        ModelFile.Save(first, stream);
        stream.Position = 0;
        var loaded = ModelFile.Load(stream, "memory");
        var continued = TrainTiny(2, loaded);
        Assert.That(continued.WeightCount, Is.GreaterThan(0));
        Assert.That(continued.Tags.Names, Is.EqualTo(first.Tags.Names));
    }

    [Test]
    public void EvaluatorUsesExactSpanMatch()
    {
        var eval = new EntityEvaluator();
        eval.Add([new TagSpan(0, 2, "Person"), new TagSpan(4, 1, "Location")], [new TagSpan(0, 2, "Person"), new TagSpan(4, 2, "Location")]);
        Assert.Multiple(() =>
        {
            Assert.That(eval.Micro.Precision, Is.EqualTo(0.5));
            Assert.That(eval.Micro.Recall, Is.EqualTo(0.5));
            Assert.That(eval.ByType.Single(p => p.Type == "Person").Scores.F1, Is.EqualTo(1.0));
        });
    }
}
