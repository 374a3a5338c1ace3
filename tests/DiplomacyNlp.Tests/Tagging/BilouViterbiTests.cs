using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Tests.Tagging;

/// <summary>The vectorized BILOU Viterbi is an optimization only: it must find the scalar decoder's path, ties included.</summary>
public sealed class BilouViterbiTests
{
    [Test]
    public void VectorizedPathEqualsTheScalarDecoderOnTheShippedModel()
    {
        var model = TaggerModels.Entities.Model;
        var random = new Random(5);
        foreach (int n in new[] { 1, 2, 3, 9, 64, 150 })
        {
            for (int round = 0; round < 20; round++)
            {
                var emissions = RandomScores(random, n, model.Tags.Count, round % 2 == 0 ? 20 : 3, whole: round % 3 == 0);
                AssertSamePath(emissions, n, model.Tags.Count, model.Transitions, model.Start, model.End, model);
            }
        }
    }

    /// <summary>All transitions zero and small whole-number scores: many equal paths, so the tie-breaking must match.</summary>
    [Test]
    public void VectorizedPathBreaksTiesLikeTheScalarDecoder()
    {
        var tags = BilouScheme.CreateTagSet(["Person", "Location", "Organization"]);
        int t = tags.Count;
        var transitions = new float[t * t];
        var start = new float[t];
        var end = new float[t];
        var random = new Random(8);
        foreach (int n in new[] { 1, 2, 5, 30 })
        {
            for (int round = 0; round < 50; round++)
            {
                var emissions = RandomScores(random, n, t, 2, whole: true);
                AssertSamePath(emissions, n, t, transitions, start, end, model: null);
            }
        }
    }

    private static float[] RandomScores(Random random, int n, int t, float spread, bool whole)
    {
        var scores = new float[n * t];
        for (int k = 0; k < scores.Length; k++)
        {
            double v = (random.NextDouble() * 2 - 1) * spread;
            scores[k] = (float)(whole ? Math.Round(v) : v);
        }
        return scores;
    }

    private static void AssertSamePath(float[] emissions, int n, int t, float[] transitions, float[] start, float[] end, LinearChainModel? model)
    {
        var expected = new int[n];
        ViterbiDecoder.Decode(emissions, n, t, transitions, start, end, bilou: true, expected, new float[n * t], new int[n * t]);
        var actual = new int[n];
        int scratch = LinearChainModel.PathScratchLength(n, t);
        if (model is not null) model.Viterbi(emissions, n, actual, new float[scratch], new int[scratch]);
        else ViterbiDecoder.DecodeBilou(emissions, n, t, ViterbiDecoder.BilouTables.Create(transitions, t), start, end, actual, new float[scratch], new int[scratch]);
        Assert.That(actual, Is.EqualTo(expected), $"n {n}");
    }
}
