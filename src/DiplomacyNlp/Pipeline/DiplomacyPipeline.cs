using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// An immutable, thread-safe pipeline built by <see cref="DiplomacyPipelineBuilder"/>. Build it once and share
/// it: every call to <see cref="Process(string, DocumentInfo?, CancellationToken)"/> works on its own context.
/// </summary>
public sealed partial class DiplomacyPipeline
{
    private readonly IPipelineComponent[] _components;

    internal DiplomacyPipeline(IPipelineComponent[] components, DiplomacyPipelineOptions options, AnalysisLayers layers)
    {
        _components = components;
        Options = options;
        Layers = layers;
    }

    /// <summary>Starts a new builder.</summary>
    public static DiplomacyPipelineBuilder CreateBuilder() => new();

    /// <summary>The options frozen at build time.</summary>
    public DiplomacyPipelineOptions Options { get; }

    /// <summary>The layers this pipeline produces.</summary>
    public AnalysisLayers Layers { get; }

    /// <summary>The components, in order.</summary>
    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Analyzes a text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="DiplomacyPipelineOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AnalysisResult Process(string text, DocumentInfo? info = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Process(new Document(text, info), cancellationToken);
    }

    /// <summary>Analyzes a document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="DiplomacyPipelineOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AnalysisResult Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length > Options.MaxDocumentLength) throw new DocumentTooLargeException(document.Text.Length, Options.MaxDocumentLength);
        var context = new AnalysisContext(document, Options);
        foreach (var component in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(context, cancellationToken);
            context.Layers |= component.Produces;
        }
        return AnalysisResult.From(context);
    }
}
