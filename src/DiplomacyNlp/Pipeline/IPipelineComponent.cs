using System.Threading;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// One stage of the pipeline. A component reads and extends the <see cref="AnalysisContext"/>; it must be
/// thread-safe (one instance serves every document) and keep no per-document state of its own.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>A short name for diagnostics ("tokenizer", "ner").</summary>
    string Name { get; }

    /// <summary>The layers that must exist before this component runs.</summary>
    AnalysisLayers Requires { get; }

    /// <summary>The layers this component adds.</summary>
    AnalysisLayers Produces { get; }

    /// <summary>Processes one document.</summary>
    void Process(AnalysisContext context, CancellationToken cancellationToken);
}
