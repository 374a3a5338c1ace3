namespace DiplomacyNlp.Pipeline;

/// <summary>The builder was configured in a way that cannot work (a component before its prerequisite, an invalid option).</summary>
public sealed class PipelineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException(string message) : base(message)
    {
    }
}
