namespace DiplomacyNlp.Tagging;

/// <summary>
/// Document-level consistency for model entities: a name keeps one type throughout a document. The sequence model
/// sees one sentence at a time, so the same name can come out as a Person in one sentence and a Location in the next
/// (headlines and sentence-initial positions are where this happens most). Two rules, applied to the model's entities
/// of one document:
/// <list type="number">
/// <item>Mentions with the same text get the type with the largest summed confidence, when that type holds at least
/// <see cref="MajorityShare"/> of the confidence of all the mentions.</item>
/// <item>A one-word mention that is the last word of a multi-word Person elsewhere in the document ("Marchetti" after
/// "Helen Marchetti") is a Person, unless the model was at least <see cref="KeepConfidence"/> sure of another type.</item>
/// </list>
/// Spans never change; only types do. Confidences are kept.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>The share of the summed confidence the winning type needs.</summary>
    public const double MajorityShare = 0.6;

    /// <summary>A one-word mention typed otherwise with at least this confidence is not turned into a surname.</summary>
    public const double KeepConfidence = 0.9;

    private const string Person = "Person";

    /// <summary>
    /// Unifies the <paramref name="types"/> of the mentions whose texts are <paramref name="texts"/> (one document;
    /// <paramref name="wordCounts"/> gives each mention's number of tokens and <paramref name="lastWords"/> its last
    /// token's text); returns how many types changed.
    /// </summary>
    public static int Apply(IReadOnlyList<string> texts, IReadOnlyList<string> lastWords, IReadOnlyList<int> wordCounts,
        string[] types, IReadOnlyList<double> confidences)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lastWords);
        ArgumentNullException.ThrowIfNull(wordCounts);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(confidences);
        int n = types.Length;
        if (n < 2) return 0;
        int changed = 0;

        // 1. same text, one type
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            if (!groups.TryGetValue(texts[i], out var list)) groups[texts[i]] = list = new List<int>(2);
            list.Add(i);
        }
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var list in groups.Values)
        {
            if (list.Count < 2) continue;
            sums.Clear();
            double total = 0;
            foreach (int i in list)
            {
                sums[types[i]] = sums.GetValueOrDefault(types[i]) + confidences[i];
                total += confidences[i];
            }
            if (sums.Count < 2 || total <= 0) continue;
            string best = types[list[0]];
            foreach (var (type, sum) in sums)
            {
                if (sum > sums[best] || (sum == sums[best] && string.CompareOrdinal(type, best) < 0)) best = type;
            }
            if (sums[best] < MajorityShare * total) continue;
            foreach (int i in list)
            {
                if (types[i] == best) continue;
                types[i] = best;
                changed++;
            }
        }

        // 2. surnames of full names
        HashSet<string>? surnames = null;
        for (int i = 0; i < n; i++)
        {
            if (types[i] == Person && wordCounts[i] > 1) (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(lastWords[i]);
        }
        if (surnames is null) return changed;
        for (int i = 0; i < n; i++)
        {
            if (wordCounts[i] != 1 || types[i] == Person || confidences[i] >= KeepConfidence || !surnames.Contains(texts[i])) continue;
            types[i] = Person;
            changed++;
        }
        return changed;
    }
}
