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
        // News text averages about one token per five to six characters: reserving that much up front avoids regrowing (and
        // copying) the list, which keeps allocation for very large documents near one token array.
        context.Tokens.EnsureCapacity(context.Tokens.Count + context.Text.Length / 5 + 16);
        Tokenizer.Tokenize(context.Text.AsSpan(), context.Tokens, cancellationToken);
    }
}
