namespace DiplomacyNlp.Pipeline;

/// <summary>
/// A mutable builder for a <see cref="DiplomacyPipeline"/>. Add components with the <c>Use*</c> extension
/// methods (each is idempotent), reorder them through <see cref="Components"/>, set <see cref="Options"/>, then
/// call <see cref="Build"/> once and share the immutable, thread-safe result.
/// </summary>
public sealed class DiplomacyPipelineBuilder
{
    /// <summary>The components, in the order they will run.</summary>
    public ComponentList Components { get; } = new();

    /// <summary>Limits and switches.</summary>
    public DiplomacyPipelineOptions Options { get; set; } = new();

    /// <summary>Named values that <c>Use*</c> extensions share while configuring (for example the lexicons they load).</summary>
    public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Freezes the configuration into a pipeline. Checks once that every component's prerequisites are produced
    /// by an earlier one and names the missing layer otherwise.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">A component runs before its prerequisite, or there are no components.</exception>
    public DiplomacyPipeline Build()
    {
        if (Components.Count == 0) throw new PipelineConfigurationException("The pipeline has no components; call UseDefaultEnglish() or add components before Build().");
        if (Options.MaxDocumentLength <= 0) throw new PipelineConfigurationException("DiplomacyPipelineOptions.MaxDocumentLength must be positive.");
        if (Options.MaxTokensPerSentence < 8) throw new PipelineConfigurationException("DiplomacyPipelineOptions.MaxTokensPerSentence must be at least 8.");
        var have = AnalysisLayers.None;
        foreach (var c in Components)
        {
            var missing = c.Requires & ~have;
            if (missing != AnalysisLayers.None)
            {
                throw new PipelineConfigurationException($"Component '{c.Name}' needs {missing}, which no earlier component produces; add the component that produces it before '{c.Name}'.");
            }
            have |= c.Produces;
        }
        return new DiplomacyPipeline(Components.ToArray(), Options, have);
    }
}
