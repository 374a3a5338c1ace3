namespace DiplomacyNlp.Pipeline;

/// <summary>How <see cref="DiplomacyPipeline.ProcessMany"/> and <see cref="DiplomacyPipeline.ProcessManyAsync"/> run a batch.</summary>
public sealed record BatchOptions
{
    /// <summary>The default options: one worker per processor, input order kept.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many documents are analyzed at once (default <see cref="Environment.ProcessorCount"/>; 1 runs on the caller's thread).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Return results in input order (default true). False returns each result as soon as it is ready.</summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>
    /// The most documents read ahead of the consumer: taken from the input but whose results the caller has not yet
    /// received (default 0: four per worker, at least 16). This bounds the memory a batch holds, however long the input.
    /// </summary>
    public int BoundedCapacity { get; init; }

    /// <summary>The capacity in force: <see cref="BoundedCapacity"/>, or the default when it is 0.</summary>
    public int EffectiveCapacity => BoundedCapacity > 0 ? BoundedCapacity : Math.Max(16, 4 * MaxDegreeOfParallelism);

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "BatchOptions.MaxDegreeOfParallelism must be at least 1.");
        }
        if (BoundedCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BoundedCapacity), BoundedCapacity, "BatchOptions.BoundedCapacity must be 0 (automatic) or positive.");
        }
    }
}
