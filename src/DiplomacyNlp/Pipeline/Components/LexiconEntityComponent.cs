using DiplomacyNlp.Entities;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Appends lexicon candidate entities (countries, nationalities, organizations, role titles) sentence by sentence; the merge step resolves overlaps.</summary>
public sealed class LexiconEntityComponent : IPipelineComponent
{
    /// <summary>Creates the component.</summary>
    public LexiconEntityComponent(LexiconEntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        Recognizer = recognizer;
    }

    /// <summary>The recognizer.</summary>
    public LexiconEntityRecognizer Recognizer { get; }

    /// <inheritdoc />
    public string Name => "lexicon-entities";

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
            cancellationToken.ThrowIfCancellationRequested();
            Recognizer.Recognize(context.Text, context.Tokens, s.FirstToken, s.EndToken, context.Entities);
        }
    }
}
