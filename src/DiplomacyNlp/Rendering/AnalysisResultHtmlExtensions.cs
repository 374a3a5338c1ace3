using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Rendering;

/// <summary><c>result.ToHtml()</c>: the visualizer as an extension of <see cref="AnalysisResult"/>.</summary>
public static class AnalysisResultHtmlExtensions
{
    /// <summary>
    /// Renders the result as one self-contained HTML page (inline CSS, at most a small inline script, no external
    /// assets): the text with entities, triggers and evidence highlighted, event cards, and tables of people with their
    /// roles, organizations, countries and times. Deterministic; all document text is HTML-encoded.
    /// </summary>
    /// <param name="result">The result to render.</param>
    /// <param name="options">What to show; null for <see cref="HtmlRenderOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtml(this AnalysisResult result, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (options is null ? HtmlRenderer.Default : new HtmlRenderer(options)).Render(result);
    }
}
