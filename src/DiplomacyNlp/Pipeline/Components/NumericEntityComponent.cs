using DiplomacyNlp.Entities;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Appends rule-based Money, Percent and Quantity entities (see <see cref="NumericEntityRecognizer"/>).</summary>
public sealed class NumericEntityComponent : IPipelineComponent
{
    /// <inheritdoc />
    public string Name => "numeric-entities";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Entities;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            NumericEntityRecognizer.Recognize(context.Text, context.Tokens, s.FirstToken, s.EndToken, context.Entities);
        }
    }
}
