using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

/// <summary>The static facade for the common case: analyze a text with a cached default English pipeline.</summary>
public static class DiplomacyText
{
    private static readonly Lazy<DiplomacyPipeline> DefaultPipelineLazy = new(
        () => DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared default pipeline (built on first use).</summary>
    public static DiplomacyPipeline DefaultPipeline => DefaultPipelineLazy.Value;

    /// <summary>Analyzes <paramref name="text"/> with <paramref name="pipeline"/>, or the default pipeline.</summary>
    public static AnalysisResult Analyze(string text, DocumentInfo? info = null, DiplomacyPipeline? pipeline = null) =>
        (pipeline ?? DefaultPipeline).Process(text, info);
}
