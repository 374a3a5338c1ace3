using DiplomacyNlp.Entities;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>
/// Resolves the candidate entities that earlier components appended (model, lexicon, rules, patterns) into the final
/// entity layer with ids, following the precedence documented on <see cref="EntityMerger"/>. Runs after every
/// entity producer and before the people stage.
/// </summary>
public sealed class EntityMergeComponent : IPipelineComponent
{
    /// <inheritdoc />
    public string Name => "entity-merge";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Entities;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var merged = EntityMerger.Merge(context.Entities, context.Options.MinEntityConfidence);
        context.Entities.Clear();
        context.Entities.AddRange(merged);
    }
}
