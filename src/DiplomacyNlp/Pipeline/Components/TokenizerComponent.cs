using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Runs a <see cref="Tokenizer"/> over the document.</summary>
public sealed class TokenizerComponent : IPipelineComponent
{
    /// <summary>Creates the component.</summary>
    public TokenizerComponent(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Tokenizer = tokenizer;
    }

    /// <summary>The tokenizer.</summary>
    public Tokenizer Tokenizer { get; }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.None;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Tokens;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Tokenizer.Tokenize(context.Text.AsSpan(), context.Tokens, cancellationToken);
    }
}
