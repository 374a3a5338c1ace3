namespace DiplomacyNlp.Events;

/// <summary>An immutable, compiled set of event patterns with the hashed trigger-word index used to pre-filter sentences.</summary>
public sealed class EventPatternSet
{
    internal EventPatternSet(EventPattern[] patterns)
    {
        Patterns = patterns;
        Index = new TriggerIndex(patterns);
    }

    /// <summary>The built-in patterns only.</summary>
    public static EventPatternSet Default { get; } = new EventPatternBuilder().Build();

    /// <summary>The patterns.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>The number of distinct trigger words.</summary>
    public int TriggerWordCount => Index.Count;

    internal TriggerIndex Index { get; }
}
