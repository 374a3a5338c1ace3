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
        "Veskari, veskari and VESKARI differ only in case, and an unusually-long-hyphenated-compound-word-here is rare.";

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
            }
        }
    }
}
