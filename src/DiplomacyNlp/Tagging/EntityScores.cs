namespace DiplomacyNlp.Tagging;

/// <summary>Precision, recall and F1 from counts of true positives, predictions and gold items.</summary>
/// <param name="TruePositives">Predicted spans that match a gold span exactly (boundaries and type).</param>
/// <param name="Predicted">Predicted spans.</param>
/// <param name="Gold">Gold spans.</param>
public readonly record struct EntityScores(int TruePositives, int Predicted, int Gold)
{
    /// <summary>TP / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
