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
        string[] types, IReadOnlyList<double> confidences) => Apply(texts, lastWords, wordCounts, types, confidences, types?.Length ?? 0);

    /// <summary>As <see cref="Apply(IReadOnlyList{string}, IReadOnlyList{string}, IReadOnlyList{int}, string[], IReadOnlyList{double})"/>, over the first <paramref name="count"/> mentions.</summary>
    public static int Apply(IReadOnlyList<string> texts, IReadOnlyList<string> lastWords, IReadOnlyList<int> wordCounts,
        string[] types, IReadOnlyList<double> confidences, int count)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lastWords);
        ArgumentNullException.ThrowIfNull(wordCounts);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(confidences);
        int n = count;
        if (n < 2) return 0;
        var scratch = t_scratch ??= new Scratch();
        try
        {
            return Unify(texts, types, confidences, n, scratch) + Surnames(texts, lastWords, wordCounts, types, confidences, n, scratch);
        }
        finally
        {
            scratch.Clear();
        }
    }

    /// <summary>1. Same text, one type: mentions of a text are chained through <c>next</c>, heads kept by text.</summary>
    private static int Unify(IReadOnlyList<string> texts, string[] types, IReadOnlyList<double> confidences, int n, Scratch scratch)
    {
        var first = scratch.FirstByText;
        if (scratch.Next.Length < n) scratch.Next = new int[Math.Max(n, scratch.Next.Length * 2)];
        var next = scratch.Next;
        bool repeated = false;
        for (int i = n - 1; i >= 0; i--)
        {
            if (first.TryGetValue(texts[i], out int head))
            {
                next[i] = head;
                repeated = true;
            }
            else
            {
                next[i] = -1;
            }
            first[texts[i]] = i;
        }
        if (!repeated) return 0;
        int changed = 0;
        var sums = scratch.Sums;
        foreach (int head in first.Values)
        {
            if (next[head] < 0) continue;
            sums.Clear();
            double total = 0;
            for (int i = head; i >= 0; i = next[i])
            {
                sums[types[i]] = sums.GetValueOrDefault(types[i]) + confidences[i];
                total += confidences[i];
            }
            if (sums.Count < 2 || total <= 0) continue;
            string best = types[head];
            foreach (var (type, sum) in sums)
            {
                if (sum > sums[best] || (sum == sums[best] && string.CompareOrdinal(type, best) < 0)) best = type;
            }
            if (sums[best] < MajorityShare * total) continue;
            for (int i = head; i >= 0; i = next[i])
            {
                if (types[i] == best) continue;
                types[i] = best;
                changed++;
            }
        }
        return changed;
    }

    /// <summary>2. A one-word mention that is the last word of a full Person name.</summary>
    private static int Surnames(IReadOnlyList<string> texts, IReadOnlyList<string> lastWords, IReadOnlyList<int> wordCounts, string[] types,
        IReadOnlyList<double> confidences, int n, Scratch scratch)
    {
        var surnames = scratch.Surnames;
        for (int i = 0; i < n; i++)
        {
            if (types[i] == Person && wordCounts[i] > 1) surnames.Add(lastWords[i]);
        }
        if (surnames.Count == 0) return 0;
        int changed = 0;
        for (int i = 0; i < n; i++)
        {
            if (wordCounts[i] != 1 || types[i] == Person || confidences[i] >= KeepConfidence || !surnames.Contains(texts[i])) continue;
            types[i] = Person;
            changed++;
        }
        return changed;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Per-thread tables reused across documents (cleared after each call, so they hold no document's strings).</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<string, int> FirstByText = new(StringComparer.Ordinal);
        public readonly Dictionary<string, double> Sums = new(StringComparer.Ordinal);
        public readonly HashSet<string> Surnames = new(StringComparer.Ordinal);
        public int[] Next = new int[64];

        public void Clear()
        {
            FirstByText.Clear();
            Sums.Clear();
            Surnames.Clear();
        }
    }
}
