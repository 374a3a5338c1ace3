namespace DiplomacyNlp.Tagging;

/// <summary>
/// Exact-match entity evaluation with CoNLL conventions: a predicted span counts only when its boundaries and type
/// equal a gold span's. Accumulates per type and micro-averaged over all types.
/// </summary>
public sealed class EntityEvaluator
{
    private readonly Dictionary<string, (int Tp, int Pred, int Gold)> _byType = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence given gold and predicted tag paths over the same tag set.</summary>
    public void Add(TagSet tags, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(tags);
        Add(TagSpan.Decode(tags, gold), TagSpan.Decode(tags, predicted));
    }

    /// <summary>Adds one sentence given gold and predicted spans.</summary>
    public void Add(IReadOnlyList<TagSpan> gold, IReadOnlyList<TagSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<TagSpan>(gold);
        foreach (var g in gold) Bump(g.Type, 0, 0, 1);
        foreach (var p in predicted) Bump(p.Type, goldSet.Contains(p) ? 1 : 0, 1, 0);
    }

    private void Bump(string type, int tp, int pred, int gold)
    {
        _byType.TryGetValue(type, out var c);
        _byType[type] = (c.Tp + tp, c.Pred + pred, c.Gold + gold);
    }

    /// <summary>Scores per type, ordered by type name.</summary>
    public IReadOnlyList<(string Type, EntityScores Scores)> ByType =>
        _byType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, new EntityScores(p.Value.Tp, p.Value.Pred, p.Value.Gold))).ToList();

    /// <summary>Micro-averaged scores over all types.</summary>
    public EntityScores Micro
    {
        get
        {
            int tp = 0, pred = 0, gold = 0;
            foreach (var v in _byType.Values) { tp += v.Tp; pred += v.Pred; gold += v.Gold; }
            return new EntityScores(tp, pred, gold);
        }
    }

    /// <summary>Micro-averaged scores over the given types only.</summary>
    public EntityScores MicroOver(params string[] types)
    {
        int tp = 0, pred = 0, gold = 0;
        foreach (var t in types)
        {
            if (_byType.TryGetValue(t, out var v)) { tp += v.Tp; pred += v.Pred; gold += v.Gold; }
        }
        return new EntityScores(tp, pred, gold);
    }
}
