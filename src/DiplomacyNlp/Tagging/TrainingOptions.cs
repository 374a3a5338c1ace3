namespace DiplomacyNlp.Tagging;

/// <summary>Settings for training a tagger. The defaults produced the shipped models.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training data (the best epoch on dev is kept).</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>Seed for the sentence order and the case variants.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>log2 of the hashed feature table size.</summary>
    public int Bits { get; init; } = 20;

    /// <summary>Fraction of training sentences added again in capitals.</summary>
    public double UpperCaseFraction { get; init; } = 0.10;

    /// <summary>Fraction of training sentences added again in lowercase.</summary>
    public double LowerCaseFraction { get; init; } = 0.05;

    /// <summary>Smallest absolute weight kept in the model file.</summary>
    public float PruneThreshold { get; init; } = 0.02f;
}
