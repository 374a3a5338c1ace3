using DiplomacyNlp.Events;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>
/// Extracts typed events (<see cref="EventExtractor"/>). Uses the people, organization and country clusters when the
/// people stage ran, and the entities alone when it did not (participants then have no cluster ref); time expressions
/// are used when present. Documents with no trigger word cost one hashed lookup per token.
/// </summary>
public sealed class EventComponent : IPipelineComponent
{
    /// <summary>Creates the component.</summary>
    public EventComponent(EventExtractor? extractor = null)
    {
        Extractor = extractor ?? EventExtractor.Default;
    }

    /// <summary>The extractor.</summary>
    public EventExtractor Extractor { get; }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Events;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Extractor.MayContainEvents(context.Text, context.Tokens)) return;
        var document = new EventDocument(context.Text, context.Tokens, context.Sentences, context.Entities, context.TimeExpressions,
            context.People, context.Organizations, context.Countries, context.Document.Published);
        context.Events.AddRange(Extractor.Extract(document, cancellationToken));
    }
}
