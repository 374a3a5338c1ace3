namespace DiplomacyNlp.Tagging;

/// <summary>A model file is corrupt, truncated, of another kind or of an unsupported version.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelFormatException(string source, string problem, Exception? inner = null)
        : base($"Model '{source}' {problem}.", inner)
    {
        ModelName = source;
    }

    /// <summary>The model's name or path.</summary>
    public string ModelName { get; }
}
