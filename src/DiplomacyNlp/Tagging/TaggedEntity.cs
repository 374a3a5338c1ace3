namespace DiplomacyNlp.Tagging;

/// <summary>An entity found by the sequence model: a token range, a type and a confidence.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
/// <param name="Type">Type name ("Person").</param>
/// <param name="Confidence">Calibrated confidence in [0, 1].</param>
public readonly record struct TaggedEntity(int First, int Count, string Type, double Confidence);
