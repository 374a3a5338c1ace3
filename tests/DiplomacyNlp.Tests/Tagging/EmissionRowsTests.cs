using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Tests.Tagging;

/// <summary>
/// Emission scores from the packed rows (long rows added as dense vectors) are bitwise the sums of the stored sparse
/// weights, added tag by tag in slot order.
/// </summary>
public sealed class EmissionRowsTests
{
    private const string Text =
        "Foreign Minister Alma Veskari met Brazilian officials in Brasília on Tuesday. Veskari and the minister agreed " +
        "to meet again; the MINISTER said the talks with the Organization of American States were useful. " +
        "The U.N. envoy, Kofi Annan, flew to Geneva - talks on the 2026 ceasefire (and 3.5 million refugees) resume Monday.";

    [TestCase(FeatureKind.Entities)]
    [TestCase(FeatureKind.PartOfSpeech)]
    public void PackedRowsSumLikeTheSparseWeights(FeatureKind kind)
    {
        var result = DiplomacyText.Analyze(Text);
        var tokens = result.Tokens;
        var model = kind == FeatureKind.Entities ? TaggerModels.Entities.Model : TaggerModels.PartOfSpeech.Model;
        var gazetteer = kind == FeatureKind.Entities ? TaggerModels.DefaultGazetteer : null;
        Assert.That(model.DenseRowCount, Is.GreaterThan(0), "the shipped model has long rows");
        int t = model.Tags.Count;
        int denseHits = 0, sparseHits = 0;
        foreach (var sentence in result.Sentences)
        {
            int n = sentence.TokenCount;
            var gaz = new GazetteerFlags[n];
            if (gazetteer is not null) gazetteer.Compute(Text, tokens, sentence.FirstToken, sentence.EndToken, gaz);
            var features = new uint[n * FeatureExtractor.Stride];
            FeatureExtractor.Extract(kind, Text, tokens, sentence.FirstToken, sentence.EndToken, gazetteer is null ? default : gaz, features);
            var actual = new float[n * t];
            model.Emissions(features, n, actual);
            var expected = new float[n * t];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < FeatureExtractor.Stride; k++)
                {
                    uint h = features[i * FeatureExtractor.Stride + k];
                    if (h == 0) continue;
                    int r = model.RowOfBucket[(int)(h & (uint)model.Mask)];
                    if (r < 0) continue;
                    int length = model.RowStart[r + 1] - model.RowStart[r];
                    if (length >= LinearChainModel.DenseMinimum) denseHits++;
                    else sparseHits++;
                    for (int e = model.RowStart[r]; e < model.RowStart[r + 1]; e++) expected[i * t + model.EntryTag[e]] += model.EntryWeight[e];
                }
            }
            for (int j = 0; j < expected.Length; j++)
            {
                Assert.That(BitConverter.SingleToInt32Bits(actual[j]), Is.EqualTo(BitConverter.SingleToInt32Bits(expected[j])),
                    $"token {j / t} tag {j % t}: {actual[j]} vs {expected[j]}");
            }
        }
        Assert.That(denseHits, Is.GreaterThan(0), "dense rows were used");
        Assert.That(sparseHits, Is.GreaterThan(0), "sparse rows were used");
    }

    [Test]
    public void SumsStartFromTheGivenScores()
    {
        var model = TaggerModels.Entities.Model;
        int t = model.Tags.Count;
        // a bucket with a dense row and one with a sparse row
        uint denseBucket = 0, sparseBucket = 0;
        for (int b = 1; b < model.RowOfBucket.Length && (denseBucket == 0 || sparseBucket == 0); b++)
        {
            int r = model.RowOfBucket[b];
            if (r < 0) continue;
            int length = model.RowStart[r + 1] - model.RowStart[r];
            if (length >= LinearChainModel.DenseMinimum && denseBucket == 0) denseBucket = (uint)b;
            if (length < LinearChainModel.DenseMinimum && sparseBucket == 0) sparseBucket = (uint)b;
        }
        Assert.That(denseBucket, Is.Not.Zero);
        Assert.That(sparseBucket, Is.Not.Zero);
        uint[] slots = [sparseBucket, 0, denseBucket, sparseBucket, denseBucket];
        var scores = new float[t];
        var expected = new float[t];
        for (int y = 0; y < t; y++) scores[y] = expected[y] = 0.1f * (y - 7);
        foreach (uint h in slots)
        {
            if (h == 0) continue;
            int r = model.RowOfBucket[(int)h];
            for (int e = model.RowStart[r]; e < model.RowStart[r + 1]; e++) expected[model.EntryTag[e]] += model.EntryWeight[e];
        }
        model.AddRows(slots, scores);
        Assert.That(scores, Is.EqualTo(expected));
    }

    [TestCase(3)]
    [TestCase(25)]
    [TestCase(32)]
    [TestCase(33)]
    [TestCase(45)]
    [TestCase(64)]
    [TestCase(70)]
    [TestCase(255)]
    public void InventedModelsSumLikeTheSparseWeights(int tagCount)
    {
        // rows of every length from 1 to all tags, in shuffled tag order, with weights of mixed sign and magnitude
        const int bits = 10;
        var random = new Random(tagCount);
        int rowCount = 300;
        var rowStart = new int[rowCount + 1];
        var entryTag = new List<byte>();
        var entryWeight = new List<float>();
        var order = new byte[tagCount];
        for (int y = 0; y < tagCount; y++) order[y] = (byte)y;
        for (int r = 0; r < rowCount; r++)
        {
            rowStart[r] = entryTag.Count;
            int length = 1 + random.Next(tagCount);
            random.Shuffle(order);
            for (int e = 0; e < length; e++)
            {
                entryTag.Add(order[e]);
                entryWeight.Add((float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 3))));
            }
        }
        rowStart[rowCount] = entryTag.Count;
        var rowOfBucket = new int[1 << bits];
        for (int b = 0; b < rowOfBucket.Length; b++) rowOfBucket[b] = random.Next(4) == 0 ? -1 : random.Next(rowCount);
        var names = new string[tagCount];
        for (int y = 0; y < tagCount; y++) names[y] = "T" + y;
        var transitions = new float[tagCount * tagCount];
        var model = new LinearChainModel(FeatureKind.PartOfSpeech, new TagSet(names), bits, rowOfBucket, rowStart, entryTag.ToArray(),
            entryWeight.ToArray(), transitions, new float[tagCount], new float[tagCount], 1f);
        if (tagCount >= LinearChainModel.DenseMinimum) Assert.That(model.DenseRowCount, Is.GreaterThan(0));
        for (int trial = 0; trial < 200; trial++)
        {
            var slots = new uint[FeatureExtractor.Stride];
            for (int k = 0; k < slots.Length; k++) slots[k] = random.Next(5) == 0 ? 0u : (uint)random.Next();
            var scores = new float[tagCount];
            for (int y = 0; y < tagCount; y++) scores[y] = (float)(random.NextDouble() - 0.5);
            var expected = (float[])scores.Clone();
            foreach (uint h in slots)
            {
                if (h == 0) continue;
                int r = rowOfBucket[(int)(h & (uint)model.Mask)];
                if (r < 0) continue;
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) expected[entryTag[e]] += entryWeight[e];
            }
            model.AddRows(slots, scores);
            for (int y = 0; y < tagCount; y++)
            {
                Assert.That(BitConverter.SingleToInt32Bits(scores[y]), Is.EqualTo(BitConverter.SingleToInt32Bits(expected[y])), $"trial {trial} tag {y}");
            }
        }
    }
}
