using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Tests.Tagging;

/// <summary>
/// The entity tagger's confidences come from a shortcut forward-backward (marginals only at the path's tags, passes cut
/// at the first and last entity, no pass at all without an entity): they must equal the full
/// <see cref="LinearChainModel.Marginals"/> read at the path, up to float rounding.
/// </summary>
public sealed class EntityConfidenceTests
{
    private const double Tolerance = 1e-5;

    private const string Text =
        "It rained all day and nobody came to the meeting. " +
        "Foreign Minister Alma Veskari met Brazilian officials in Brasília on Tuesday, and the Organization of American States said " +
        "President Grace Wanjiru of Kenya would visit Ottawa and Mexico City in March. " +
        "Nairobi . " +
        "The talks, which the minister described as useful after several hours of discussion about trade, fishing rights, " +
        "border crossings and the long delayed railway, ended late in the evening with a short statement from Veskari.";

    [Test]
    public void TaggerConfidencesEqualTheFullForwardBackwardMinimum()
    {
        var result = DiplomacyText.Analyze(Text);
        var tokens = result.Tokens;
        var tagger = TaggerModels.Entities;
        var model = tagger.Model;
        var gazetteer = TaggerModels.DefaultGazetteer;
        int t = model.Tags.Count;
        int withoutEntity = 0, withSeveral = 0;
        foreach (var sentence in result.Sentences)
        {
            int n = sentence.TokenCount;
            var gaz = new GazetteerFlags[n];
            gazetteer.Compute(Text, tokens, sentence.FirstToken, sentence.EndToken, gaz);
            var features = new uint[n * FeatureExtractor.Stride];
            FeatureExtractor.Extract(FeatureKind.Entities, Text, tokens, sentence.FirstToken, sentence.EndToken, gaz, features);
            var emissions = new float[n * t];
            model.Emissions(features, n, emissions);
            var path = new int[n];
            model.Viterbi(emissions, n, path, new float[n * t], new int[n * t]);
            var marginals = new float[n * t];
            model.Marginals(emissions, n, marginals, new float[n * t], new float[n * t]);

            var expected = new List<(int First, int Count, string Type, double Confidence)>();
            int start = -1;
            for (int i = 0; i < n; i++)
            {
                char p = BilouScheme.Prefix(path[i]);
                if (p is 'B' or 'U') start = i;
                if (p is 'L' or 'U' && start >= 0)
                {
                    double conf = 1;
                    for (int j = start; j <= i; j++) conf = Math.Min(conf, marginals[j * t + path[j]]);
                    expected.Add((sentence.FirstToken + start, i - start + 1, model.Tags[path[i]][2..], conf));
                    start = -1;
                }
            }
            var found = new List<TaggedEntity>();
            tagger.Tag(Text, tokens, sentence.FirstToken, sentence.EndToken, found);
            Assert.That(found.Select(e => (e.First, e.Count, e.Type)), Is.EqualTo(expected.Select(e => (e.First, e.Count, e.Type))));
            for (int k = 0; k < found.Count; k++)
            {
                Assert.That(found[k].Confidence, Is.EqualTo(expected[k].Confidence).Within(Tolerance), $"entity {k} of sentence at token {sentence.FirstToken}");
            }
            if (expected.Count == 0) withoutEntity++;
            if (expected.Count >= 3) withSeveral++;
        }
// the text must keep a sentence without entities (no forward-backward at all) and one with several
        Assert.That(withoutEntity, Is.GreaterThan(0));
        Assert.That(withSeveral, Is.GreaterThan(0));
    }

    /// <summary>Random scores, sentences of 1 to 150 tokens, any position range: path marginals equal the full matrix's.</summary>
    [TestCase(true)]
    [TestCase(false)]
    public void PathMarginalsEqualTheFullMatrixOnRandomScores(bool bilou)
    {
        var model = bilou ? TaggerModels.Entities.Model : TaggerModels.PartOfSpeech.Model;
        int t = model.Tags.Count;
        int p = LinearChainModel.PathScratchLength(150, t);
        var random = new Random(11);
        double worstFull = 0, worstPath = 0;
        try
        {
        foreach (int n in new[] { 1, 2, 3, 7, 40, 150 })
        {
            for (int round = 0; round < 4; round++)
            {
                var emissions = new float[n * t];
                float spread = round * 6 + 1;
                for (int k = 0; k < emissions.Length; k++) emissions[k] = (float)(random.NextDouble() * 2 - 1) * spread;
                var path = new int[n];
                model.Viterbi(emissions, n, path, new float[n * t], new int[n * t]);
                var marginals = new float[n * t];
                model.Marginals(emissions, n, marginals, new float[n * t], new float[n * t]);
                var reference = ReferenceMarginals(model, emissions, n);
                int first = random.Next(n), last = first + random.Next(n - first);
                var result = new float[n];
                model.PathMarginals(emissions, n, path, first, last, result, new float[p], new float[p], new float[p]);
                for (int i = first; i <= last; i++)
                {
                    if (path[i] == 0) continue; // O positions are skipped
                    double exact = reference[i * t + path[i]];
                    worstFull = Math.Max(worstFull, Math.Abs(marginals[i * t + path[i]] - exact));
                    worstPath = Math.Max(worstPath, Math.Abs(result[i] - exact));
                    Assert.That(result[i], Is.EqualTo(marginals[i * t + path[i]]).Within(Tolerance), $"n {n}, round {round}, position {i}");
                }
            }
        }
        }
        finally
        {
            TestContext.Out.WriteLine($"largest difference from double precision: full {worstFull:E2}, path {worstPath:E2}");
        }
    }

    /// <summary>Forward-backward in double precision and log space, from the model's raw scores and the BILOU constraints.</summary>
    private static double[] ReferenceMarginals(LinearChainModel model, float[] emissions, int n)
    {
        int t = model.Tags.Count;
        double inv = 1.0 / model.Temperature;
        bool bilou = model.IsBilou;
        double Trans(int x, int y) => bilou && !BilouScheme.Allowed(x, y) ? double.NegativeInfinity : model.Transitions[x * t + y] * inv;
        double Em(int i, int y) => emissions[i * t + y] * inv;
        static double LogSum(IEnumerable<double> values)
        {
            double max = values.Max();
            return double.IsNegativeInfinity(max) ? max : max + Math.Log(values.Sum(v => Math.Exp(v - max)));
        }
        var alpha = new double[n * t];
        var beta = new double[n * t];
        for (int y = 0; y < t; y++) alpha[y] = (bilou && !BilouScheme.AllowedStart(y) ? double.NegativeInfinity : model.Start[y] * inv) + Em(0, y);
        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < t; y++) alpha[i * t + y] = LogSum(Enumerable.Range(0, t).Select(x => alpha[(i - 1) * t + x] + Trans(x, y))) + Em(i, y);
        }
        for (int y = 0; y < t; y++) beta[(n - 1) * t + y] = bilou && !BilouScheme.AllowedEnd(y) ? double.NegativeInfinity : model.End[y] * inv;
        for (int i = n - 2; i >= 0; i--)
        {
            for (int x = 0; x < t; x++) beta[i * t + x] = LogSum(Enumerable.Range(0, t).Select(y => Trans(x, y) + Em(i + 1, y) + beta[(i + 1) * t + y]));
        }
        var result = new double[n * t];
        for (int i = 0; i < n; i++)
        {
            double z = LogSum(Enumerable.Range(0, t).Select(y => alpha[i * t + y] + beta[i * t + y]));
            for (int y = 0; y < t; y++) result[i * t + y] = Math.Exp(alpha[i * t + y] + beta[i * t + y] - z);
        }
        return result;
    }
}
