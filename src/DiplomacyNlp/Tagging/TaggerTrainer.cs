using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// Trains and evaluates the part-of-speech and entity models from CoNLL data. Users can retrain on their own
/// corpus, or continue training a loaded model (pass it as <c>initial</c>).
/// </summary>
public static class TaggerTrainer
{
    /// <summary>Trains a part-of-speech model.</summary>
    public static LinearChainModel TrainPartOfSpeech(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TrainingOptions options,
        Action<string>? progress = null, LinearChainModel? initial = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var tags = CorpusPreparation.PartOfSpeechTags;
        var trainSet = CorpusPreparation.WithCaseVariants(CorpusPreparation.ForPartOfSpeech(train), options.UpperCaseFraction / 2, 0, options.Seed);
        var devSet = dev is null ? null : CorpusPreparation.ForPartOfSpeech(dev);
        var trainer = new PerceptronTrainer(FeatureKind.PartOfSpeech, tags, Math.Min(options.Bits, 19), options.Seed, null) { PruneThreshold = options.PruneThreshold };
        return trainer.Train(trainSet, devSet, options.Epochs, progress, initial, cancellationToken);
    }

    /// <summary>Trains an entity model over <paramref name="map"/>'s target types, with POS from <paramref name="pos"/> and gazetteer features from <paramref name="lexicons"/>.</summary>
    public static LinearChainModel TrainEntities(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, IReadOnlyDictionary<string, string> map,
        PartOfSpeechTagger pos, LexiconSet lexicons, TrainingOptions options, Action<string>? progress = null, LinearChainModel? initial = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        var types = map.Values.Distinct(StringComparer.Ordinal).ToList();
        var ordered = CorpusPreparation.EntityTypes.Where(types.Contains).Concat(types.Where(t => !CorpusPreparation.EntityTypes.Contains(t))).ToList();
        var tags = initial?.Tags ?? BilouScheme.CreateTagSet(ordered);
        var gazetteer = new GazetteerFeatureSource(lexicons);
        progress?.Invoke("tagging the training data with the part-of-speech model");
        var trainSet = CorpusPreparation.WithCaseVariants(CorpusPreparation.ForEntities(train, tags, map, pos), options.UpperCaseFraction, options.LowerCaseFraction, options.Seed);
        var devSet = dev is null ? null : CorpusPreparation.ForEntities(dev, tags, map, pos);
        var trainer = new PerceptronTrainer(FeatureKind.Entities, tags, options.Bits, options.Seed, gazetteer) { PruneThreshold = options.PruneThreshold };
        var model = trainer.Train(trainSet, devSet, options.Epochs, progress, initial, cancellationToken);
        if (devSet is not null && devSet.Count > 0)
        {
            model.Temperature = FitTemperature(new EntityTagger(model, gazetteer), devSet, out double brier);
            progress?.Invoke($"confidence temperature {model.Temperature} (dev Brier score {brier:F4})");
        }
        return model;
    }

    /// <summary>
    /// Chooses the temperature whose entity confidences best predict exact-match correctness on <paramref name="dev"/>
    /// (lowest Brier score).
    /// </summary>
    public static float FitTemperature(EntityTagger tagger, IReadOnlyList<TaggedSentence> dev, out double brier)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(dev);
        float best = 1;
        brier = double.MaxValue;
        foreach (float temperature in new[] { 1f, 2f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, 48f, 64f })
        {
            tagger.Model.Temperature = temperature;
            double sum = 0;
            int count = 0;
            foreach (var (conf, correct) in Confidences(tagger, dev))
            {
                sum += (conf - (correct ? 1 : 0)) * (conf - (correct ? 1 : 0));
                count++;
            }
            double b = count == 0 ? 1 : sum / count;
            if (b < brier) { brier = b; best = temperature; }
        }
        tagger.Model.Temperature = best;
        return best;
    }

    /// <summary>Confidence and correctness of every predicted entity (for calibration tables).</summary>
    public static IEnumerable<(double Confidence, bool Correct)> Confidences(EntityTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<TaggedEntity>();
        foreach (var s in sentences)
        {
            found.Clear();
            tagger.Tag(s.Text, s.Tokens, 0, s.Tokens.Length, found);
            var gold = new HashSet<TagSpan>(TagSpan.Decode(tagger.Model.Tags, s.Tags));
            foreach (var e in found) yield return (e.Confidence, gold.Contains(new TagSpan(e.First, e.Count, e.Type)));
        }
    }

    /// <summary>
    /// Evaluates an entity tagger on CoNLL sentences (exact span match per type). With a <paramref name="documentWindow"/>
    /// above 1, runs of that many consecutive sentences are treated as one document and <see cref="DocumentConsistency"/>
    /// is applied to each (CoNLL files in document order without boundaries, such as GMB, approximate documents this way).
    /// </summary>
    public static EntityEvaluator EvaluateEntities(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, IReadOnlyDictionary<string, string> map, PartOfSpeechTagger pos,
        int documentWindow = 1)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var set = CorpusPreparation.ForEntities(sentences, tagger.Model.Tags, map, pos);
        var eval = new EntityEvaluator();
        var window = Math.Max(1, documentWindow);
        for (int start = 0; start < set.Count; start += window)
        {
            int end = Math.Min(set.Count, start + window);
            var found = new List<TaggedEntity>[end - start];
            var texts = new List<string>();
            var lastWords = new List<string>();
            var counts = new List<int>();
            var types = new List<string>();
            var confidences = new List<double>();
            for (int k = start; k < end; k++)
            {
                var s = set[k];
                var list = found[k - start] = new List<TaggedEntity>();
                tagger.Tag(s.Text, s.Tokens, 0, s.Tokens.Length, list, withConfidence: window > 1);
                foreach (var e in list)
                {
                    var first = s.Tokens[e.First];
                    var last = s.Tokens[e.First + e.Count - 1];
                    texts.Add(s.Text[first.Start..last.End]);
                    lastWords.Add(last.GetText(s.Text));
                    counts.Add(e.Count);
                    types.Add(e.Type);
                    confidences.Add(e.Confidence);
                }
            }
            var unified = types.ToArray();
            if (window > 1) DocumentConsistency.Apply(texts, lastWords, counts, unified, confidences);
            int m = 0;
            for (int k = start; k < end; k++)
            {
                var predicted = new List<TagSpan>(found[k - start].Count);
                foreach (var e in found[k - start]) predicted.Add(new TagSpan(e.First, e.Count, unified[m++]));
                eval.Add(TagSpan.Decode(tagger.Model.Tags, set[k].Tags), predicted);
            }
        }
        return eval;
    }

    /// <summary>Token accuracy of a POS tagger on CoNLL sentences.</summary>
    public static double EvaluatePartOfSpeech(PartOfSpeechTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        long correct = 0, total = 0;
        foreach (var s in CorpusPreparation.ForPartOfSpeech(sentences))
        {
            var output = new PartOfSpeech[s.Tokens.Length];
            tagger.Tag(s.Text, s.Tokens, 0, s.Tokens.Length, output);
            for (int i = 0; i < output.Length; i++)
            {
                total++;
                if (output[i].ToTag() == CorpusPreparation.PartOfSpeechTags[s.Tags[i]]) correct++;
            }
        }
        return total == 0 ? 0 : (double)correct / total;
    }
}
