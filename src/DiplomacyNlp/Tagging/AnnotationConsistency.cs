namespace DiplomacyNlp.Tagging;

/// <summary>
/// How consistently a corpus labels the same strings: for each type, the gold spans of an evaluation file whose exact
/// text the training file labels with another type more often than with this one. A model that learns the training
/// file's majority reading will usually miss such spans, so their share bounds the recall any consistent model can
/// reach on that type (GMB, for example, labels "U.N." as a place more often than as an organization).
/// </summary>
public static class AnnotationConsistency
{
    /// <summary>One type's counts.</summary>
    /// <param name="Type">The library type ("Organization").</param>
    /// <param name="Gold">Gold spans of that type in the evaluation file.</param>
    /// <param name="SeenInTraining">Of those, spans whose text the training file labels at least once (any type).</param>
    /// <param name="TrainingMajorityDiffers">Of those, spans whose text the training file labels with another type (or none) more often.</param>
    public sealed record TypeCounts(string Type, int Gold, int SeenInTraining, int TrainingMajorityDiffers);

    /// <summary>
    /// Counts, per library type of <paramref name="map"/> (raw label type → library type; other labels are outside
    /// every entity), the gold spans of <paramref name="evaluation"/> whose text <paramref name="training"/> labels
    /// mostly otherwise. Types are in order of first appearance in the map.
    /// </summary>
    public static List<TypeCounts> Compute(IReadOnlyList<ConllSentence> training, IReadOnlyList<ConllSentence> evaluation, IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(map);
        var labelsOf = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (text, type) in Spans(training, map))
        {
            if (!labelsOf.TryGetValue(text, out var counts)) labelsOf[text] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }
        var result = new List<TypeCounts>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in map.Values)
        {
            if (index.ContainsKey(type)) continue;
            index[type] = result.Count;
            result.Add(new TypeCounts(type, 0, 0, 0));
        }
        foreach (var (text, type) in Spans(evaluation, map))
        {
            int i = index[type];
            var r = result[i];
            bool seen = labelsOf.TryGetValue(text, out var counts);
            bool differs = false;
            if (counts is not null)
            {
                int own = counts.GetValueOrDefault(type);
                foreach (var (other, n) in counts) differs |= other != type && n > own;
            }
            result[i] = r with { Gold = r.Gold + 1, SeenInTraining = r.SeenInTraining + (seen ? 1 : 0), TrainingMajorityDiffers = r.TrainingMajorityDiffers + (differs ? 1 : 0) };
        }
        return result;
    }

    /// <summary>The (text, library type) of every IOB2 span whose raw type the map knows.</summary>
    private static IEnumerable<(string Text, string Type)> Spans(IReadOnlyList<ConllSentence> sentences, IReadOnlyDictionary<string, string> map)
    {
        foreach (var s in sentences)
        {
            int i = 0;
            while (i < s.Labels.Length)
            {
                var label = s.Labels[i];
                if (!label.StartsWith("B-", StringComparison.Ordinal) || !map.TryGetValue(label[2..], out var type))
                {
                    i++;
                    continue;
                }
                var inside = "I-" + label[2..];
                int j = i + 1;
                while (j < s.Labels.Length && s.Labels[j] == inside) j++;
                yield return (string.Join(' ', s.Words, i, j - i), type);
                i = j;
            }
        }
    }
}
