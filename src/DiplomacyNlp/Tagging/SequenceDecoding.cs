namespace DiplomacyNlp.Tagging;

/// <summary>How a sequence tagger turns per-token scores into a tag sequence.</summary>
public enum SequenceDecoding
{
    /// <summary>The best whole sequence under the transition weights, restricted to valid BILOU sequences (the default).</summary>
    Viterbi,

    /// <summary>Left to right, the best tag given the previous one (a baseline; it cannot revise an early choice).</summary>
    Greedy,
}
