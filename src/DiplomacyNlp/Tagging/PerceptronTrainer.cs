using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// Trains a <see cref="LinearChainModel"/> as an averaged structured perceptron (Collins 2002) with Viterbi
/// decoding during training and lazy ("proper") averaging: each weight keeps the running sum of its updates scaled by
/// the time step, so the average is exact without touching every weight after every sentence. Reproducible: the
/// sentence order of each epoch comes from a fixed seed. The best epoch on the development set is kept.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly FeatureKind _kind;
    private readonly TagSet _tags;
    private readonly int _bits;
    private readonly int _seed;
    private readonly GazetteerFeatureSource? _gazetteer;

    /// <summary>Creates a trainer.</summary>
    /// <param name="kind">Feature templates.</param>
    /// <param name="tags">The tag set (a BILOU set for entities).</param>
    /// <param name="bits">log2 of the hashed feature table size (16–24).</param>
    /// <param name="seed">Seed for the sentence order.</param>
    /// <param name="gazetteer">Gazetteer features for entity models, or null.</param>
    public PerceptronTrainer(FeatureKind kind, TagSet tags, int bits, int seed, GazetteerFeatureSource? gazetteer)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (bits is < 16 or > 24) throw new ArgumentOutOfRangeException(nameof(bits), bits, "Use 16 to 24 bits.");
        _kind = kind;
        _tags = tags;
        _bits = bits;
        _seed = seed;
        _gazetteer = gazetteer;
    }

    /// <summary>Smallest absolute averaged weight kept in the exported model.</summary>
    public float PruneThreshold { get; init; } = 0.02f;

    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs, continuing from <paramref name="initial"/> when given (its weights are
    /// the starting point), and returns the averaged model of the best epoch on <paramref name="dev"/> (or the last epoch).
    /// </summary>
    public LinearChainModel Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence>? dev, int epochs,
        Action<string>? progress = null, LinearChainModel? initial = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (epochs < 1) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Train for at least one epoch.");
        if (train.Count == 0) throw new ArgumentException("The training set is empty.", nameof(train));
        int t = _tags.Count;
        long size = (1L << _bits) * t;
        var w = new float[size];
        var u = new double[size];
        var trans = new float[t * t];
        var transU = new double[t * t];
        var start = new float[t];
        var startU = new double[t];
        var end = new float[t];
        var endU = new double[t];
        if (initial is not null) Seed(initial, w, trans, start, end);
        bool bilou = BilouScheme.IsBilou(_tags);

        progress?.Invoke($"extracting features for {train.Count:N0} sentences");
        var features = new uint[train.Count][];
        for (int s = 0; s < train.Count; s++) features[s] = ExtractFeatures(train[s]);
        var devFeatures = dev?.Select(ExtractFeatures).ToArray();

        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(_seed);
        double c = 1;
        int maxN = train.Max(x => x.Tokens.Length);
        var em = new float[maxN * t];
        var delta = new float[maxN * t];
        var bp = new int[maxN * t];
        var pred = new int[maxN];
        uint mask = (uint)((1 << _bits) - 1);
        LinearChainModel? best = null;
        double bestScore = double.NegativeInfinity;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0;
            long tokens = 0;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (int s in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sent = train[s];
                int n = sent.Tokens.Length;
                if (n == 0) continue;
                var f = features[s];
                DenseEmissions(f, n, t, w, mask, em);
                ViterbiDecoder.Decode(em, n, t, trans, start, end, bilou, pred, delta, bp);
                var gold = sent.Tags;
                tokens += n;
                for (int i = 0; i < n; i++)
                {
                    if (pred[i] != gold[i])
                    {
                        mistakes++;
                        var fi = f.AsSpan(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
                        foreach (uint h in fi)
                        {
                            if (h == 0) continue;
                            long row = (long)(h & mask) * t;
                            w[row + gold[i]] += 1; u[row + gold[i]] += c;
                            w[row + pred[i]] -= 1; u[row + pred[i]] -= c;
                        }
                    }
                    if (i > 0 && (pred[i] != gold[i] || pred[i - 1] != gold[i - 1]))
                    {
                        int g = gold[i - 1] * t + gold[i], p = pred[i - 1] * t + pred[i];
                        trans[g] += 1; transU[g] += c;
                        trans[p] -= 1; transU[p] -= c;
                    }
                }
                if (pred[0] != gold[0])
                {
                    start[gold[0]] += 1; startU[gold[0]] += c;
                    start[pred[0]] -= 1; startU[pred[0]] -= c;
                }
                if (pred[n - 1] != gold[n - 1])
                {
                    end[gold[n - 1]] += 1; endU[gold[n - 1]] += c;
                    end[pred[n - 1]] -= 1; endU[pred[n - 1]] -= c;
                }
                c++;
            }
            var model = Export(w, u, trans, transU, start, startU, end, endU, c);
            string line = $"epoch {epoch}/{epochs}: {mistakes:N0} token errors on {tokens:N0} training tokens ({sw.Elapsed.TotalSeconds:F1} s)";
            if (dev is not null && dev.Count > 0)
            {
                double score = Score(model, dev, devFeatures!);
                line += _kind == FeatureKind.Entities ? $", dev entity F1 {score * 100:F2}" : $", dev accuracy {score * 100:F2}%";
                if (score > bestScore) { bestScore = score; best = model; }
            }
            else
            {
                best = model;
            }
            progress?.Invoke(line + $", {model.RowCount:N0} feature rows");
        }
        return best!;
    }

    /// <summary>Extracts the features of one sentence (with its gazetteer flags for entity models).</summary>
    public uint[] ExtractFeatures(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.Tokens.Length;
        var f = new uint[Math.Max(1, n) * FeatureExtractor.Stride];
        var gaz = _kind == FeatureKind.Entities && _gazetteer is not null ? new GazetteerFlags[n] : Array.Empty<GazetteerFlags>();
        if (gaz.Length > 0) _gazetteer!.Compute(sentence.Text, sentence.Tokens, 0, n, gaz);
        FeatureExtractor.Extract(_kind, sentence.Text, sentence.Tokens, 0, n, gaz, f);
        return f;
    }

    private static void DenseEmissions(uint[] f, int n, int t, float[] w, uint mask, float[] em)
    {
        Array.Clear(em, 0, n * t);
        for (int i = 0; i < n; i++)
        {
            int o = i * t;
            for (int k = 0; k < FeatureExtractor.Stride; k++)
            {
                uint h = f[i * FeatureExtractor.Stride + k];
                if (h == 0) continue;
                long row = (long)(h & mask) * t;
                for (int y = 0; y < t; y++) em[o + y] += w[row + y];
            }
        }
    }

    private void Seed(LinearChainModel initial, float[] w, float[] trans, float[] start, float[] end)
    {
        if (initial.Bits != _bits || initial.Tags.Count != _tags.Count || initial.Kind != _kind)
        {
            throw new ArgumentException($"The initial model ({initial.Kind}, {initial.Tags.Count} tags, {initial.Bits} bits) does not match this trainer ({_kind}, {_tags.Count} tags, {_bits} bits).", nameof(initial));
        }
        int t = _tags.Count;
        var rows = initial.RowOfBucket;
        for (int b = 0; b < rows.Length; b++)
        {
            int r = rows[b];
            if (r < 0) continue;
            for (int e = initial.RowStart[r]; e < initial.RowStart[r + 1]; e++) w[(long)b * t + initial.EntryTag[e]] = initial.EntryWeight[e];
        }
        Array.Copy(initial.Transitions, trans, trans.Length);
        Array.Copy(initial.Start, start, start.Length);
        Array.Copy(initial.End, end, end.Length);
    }

    private LinearChainModel Export(float[] w, double[] u, float[] trans, double[] transU, float[] start, double[] startU, float[] end, double[] endU, double c)
    {
        int t = _tags.Count;
        int buckets = 1 << _bits;
        // averaged weights, quantized to int16 with one global scale (as in the model file), pruned below the threshold
        float max = 0;
        for (long i = 0; i < w.Length; i++)
        {
            float a = (float)(w[i] - u[i] / c);
            if (Math.Abs(a) > max) max = Math.Abs(a);
        }
        float scale = max > 0 ? max / 32767f : 1f;
        var rowOf = new int[buckets];
        var rowStart = new List<int> { 0 };
        var tagsList = new List<byte>();
        var weights = new List<float>();
        for (int b = 0; b < buckets; b++)
        {
            rowOf[b] = -1;
            int before = tagsList.Count;
            long row = (long)b * t;
            for (int y = 0; y < t; y++)
            {
                float a = (float)(w[row + y] - u[row + y] / c);
                if (Math.Abs(a) < PruneThreshold) continue;
                short q = (short)Math.Clamp(Math.Round(a / scale), -32767, 32767);
                if (q == 0) continue;
                tagsList.Add((byte)y);
                weights.Add(q * scale);
            }
            if (tagsList.Count > before)
            {
                rowOf[b] = rowStart.Count - 1;
                rowStart.Add(tagsList.Count);
            }
        }
        var tr = new float[t * t];
        for (int i = 0; i < tr.Length; i++) tr[i] = (float)(trans[i] - transU[i] / c);
        var st = new float[t];
        var en = new float[t];
        for (int i = 0; i < t; i++)
        {
            st[i] = (float)(start[i] - startU[i] / c);
            en[i] = (float)(end[i] - endU[i] / c);
        }
        return new LinearChainModel(_kind, _tags, _bits, rowOf, rowStart.ToArray(), tagsList.ToArray(), weights.ToArray(), tr, st, en, temperature: 1f);
    }

    private double Score(LinearChainModel model, IReadOnlyList<TaggedSentence> dev, uint[][] devFeatures)
    {
        if (_kind == FeatureKind.Entities)
        {
            var eval = new EntityEvaluator();
            for (int s = 0; s < dev.Count; s++) eval.Add(_tags, dev[s].Tags, Decode(model, devFeatures[s], dev[s].Tokens.Length));
            return eval.Micro.F1;
        }
        long correct = 0, total = 0;
        for (int s = 0; s < dev.Count; s++)
        {
            var p = Decode(model, devFeatures[s], dev[s].Tokens.Length);
            for (int i = 0; i < p.Length; i++)
            {
                total++;
                if (p[i] == dev[s].Tags[i]) correct++;
            }
        }
        return total == 0 ? 0 : (double)correct / total;
    }

    internal static int[] Decode(LinearChainModel model, uint[] features, int n)
    {
        int t = model.Tags.Count;
        var em = new float[Math.Max(1, n) * t];
        model.Emissions(features, n, em);
        var path = new int[n];
        model.Viterbi(em, n, path, new float[Math.Max(1, n) * t], new int[Math.Max(1, n) * t]);
        return path;
    }
}
