namespace DiplomacyNlp.Lexicons;

/// <summary>An embedded lexicon resource is missing or corrupt.</summary>
public sealed class LexiconLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconLoadException(string resource, string problem, Exception? inner = null)
        : base($"Lexicon resource '{resource}' {problem}. Reinstall the DiplomacyNlp package or regenerate the lexicons with tools/DiplomacyNlp.LexiconBuilder.", inner)
    {
        Resource = resource;
    }

    /// <summary>The resource name.</summary>
    public string Resource { get; }
}
