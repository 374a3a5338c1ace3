using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tagging;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Tagging;

/// <summary>The per-word cache of the taggers is an optimization only: cached and uncached scores are bitwise equal.</summary>
public sealed class WordFeatureCacheTests
{
    private const string Text =
        "Foreign Minister Alma Veskari met Brazilian officials in Brasília on Tuesday. Veskari and the minister agreed " +
        "to meet again; the MINISTER said the talks with the Organization of American States were useful. " +
        "Veskari, veskari and VESKARI differ only in case, and an unusually-long-hyphenated-compound-word-here is rare. " +
        "ÉLYSÉE Élysée élysée \u2019s São Paulo’s 3.5km U.S.-led";

    [TestCase(FeatureKind.Entities)]
    [TestCase(FeatureKind.PartOfSpeech)]
    public void CachedScoresEqualTheFullComputationBitForBit(FeatureKind kind)
    {
        var result = DiplomacyText.Analyze(Text);
        var tokens = result.Tokens;
        var model = kind == FeatureKind.Entities ? TaggerModels.Entities.Model : TaggerModels.PartOfSpeech.Model;
        var gazetteer = kind == FeatureKind.Entities ? TaggerModels.DefaultGazetteer : null;
        int t = model.Tags.Count;
        var cache = new WordFeatureCache(model, gazetteer);
        foreach (var sentence in result.Sentences)
        {
            int n = sentence.TokenCount;
            var gaz = new GazetteerFlags[n];
            if (gazetteer is not null) gazetteer.Compute(Text, tokens, sentence.FirstToken, sentence.EndToken, gaz);
            var features = new uint[n * FeatureExtractor.Stride];
            FeatureExtractor.Extract(kind, Text, tokens, sentence.FirstToken, sentence.EndToken, gazetteer is null ? default : gaz, features);
            var expected = new float[n * t];
            model.Emissions(features, n, expected);

            // twice: the first pass fills the cache, the second reads it
            for (int pass = 0; pass < 2; pass++)
            {
                var cachedGaz = new GazetteerFlags[n];
                var scores = new float[n * t];
                for (int i = 0; i < n; i++) cachedGaz[i] = cache.Fill(Text, tokens[sentence.FirstToken + i], scores.AsSpan(i * t, t));
                var context = new uint[n * FeatureExtractor.Stride];
                FeatureExtractor.ExtractContext(kind, Text, tokens, sentence.FirstToken, sentence.EndToken, gazetteer is null ? default : cachedGaz, context);
                model.AddContextEmissions(context, n, scores);
                Assert.That(cachedGaz, Is.EqualTo(gazetteer is null ? new GazetteerFlags[n] : gaz), $"pass {pass}: flags");
                Assert.That(scores, Is.EqualTo(expected), $"pass {pass}: scores");

                // the word values the cache gives for the context features, as the taggers use them
                var lower = new uint[n];
                var shape = new uint[n];
                var caseClass = new uint[n];
                var pos = new uint[n];
                var starts = new bool[n];
                var scores2 = new float[n * t];
                for (int i = 0; i < n; i++)
                {
                    var token = tokens[sentence.FirstToken + i];
                    var flags = cache.Fill(Text, token, scores2.AsSpan(i * t, t), out lower[i], out shape[i], out caseClass[i]);
                    Assert.That(flags, Is.EqualTo(cachedGaz[i]));
                    var w = token.AsSpan(Text);
                    Assert.That(lower[i], Is.EqualTo(FeatureExtractor.LowerHash(w)), $"pass {pass}: lower hash of {w.ToString()}");
                    Assert.That(shape[i], Is.EqualTo(FeatureExtractor.ShapeHash(w)), $"pass {pass}: shape hash of {w.ToString()}");
                    Assert.That(caseClass[i], Is.EqualTo(FeatureExtractor.CaseClass(token)), $"pass {pass}: case class of {w.ToString()}");
                    pos[i] = (uint)token.Pos;
                    starts[i] = token.Has(TokenFlags.SentenceStart);
                }
                var context2 = new uint[n * FeatureExtractor.Stride];
                FeatureExtractor.ExtractContext(kind, lower, shape, caseClass, pos, starts, gazetteer is null ? default : cachedGaz, context2);
                Assert.That(context2, Is.EqualTo(context), $"pass {pass}: context features");
                model.AddContextEmissions(context2, n, scores2);
                Assert.That(scores2, Is.EqualTo(expected), $"pass {pass}: scores from the cached word values");
            }
        }
    }
}
