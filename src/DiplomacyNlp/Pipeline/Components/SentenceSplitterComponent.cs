using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Splits the tokens into sentences and marks each sentence's first token.</summary>
public sealed class SentenceSplitterComponent : IPipelineComponent
{
    /// <summary>Creates the component.</summary>
    public SentenceSplitterComponent(SentenceSplitter? splitter = null)
    {
        Splitter = splitter;
    }

    /// <summary>The splitter, or null to use one sized by the pipeline options.</summary>
    public SentenceSplitter? Splitter { get; }

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Sentences;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var splitter = Splitter ?? (context.Options.MaxTokensPerSentence == SentenceSplitter.Default.MaxTokensPerSentence
            ? SentenceSplitter.Default
            : new SentenceSplitter(context.Options.MaxTokensPerSentence));
        splitter.Split(context.Text.AsSpan(), context.Tokens, context.Sentences, cancellationToken);
        var tokens = context.Tokens;
        foreach (var s in context.Sentences)
        {
            tokens[s.FirstToken] = tokens[s.FirstToken].WithFlags(TokenFlags.SentenceStart);
        }
    }
}
