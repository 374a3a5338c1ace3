using System.Globalization;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Rendering;

/// <summary>
/// The visualizer: renders analysis results as one self-contained HTML page (inline CSS, at most a small inline script,
/// no external assets), in the spirit of displaCy. The text is shown with entities highlighted by type (nested
/// entities, such as a country inside a role, render nested; crossing spans are split without losing text), roles
/// linked to the people who hold them, every mention of a person, organization or country linked to its cluster, and
/// each event as a card (type, kind, participants with their roles, date, place, status, confidence, CAMEO and PLOVER
/// codes, rule) whose trigger and evidence are highlighted in the text and linked to it by id and data attributes.
/// <para>
/// All document text is HTML-encoded (text containing <c>&lt;script&gt;</c> comes out inert); no document data is ever
/// placed inside the script or the stylesheet. Output is deterministic: the same results and options give the same
/// characters. Instances are immutable and thread-safe.
/// </para>
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>A renderer with <see cref="HtmlRenderOptions.Default"/>.</summary>
    public static HtmlRenderer Default { get; } = new();

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">What to show; null for <see cref="HtmlRenderOptions.Default"/>.</param>
    public HtmlRenderer(HtmlRenderOptions? options = null)
    {
        Options = options ?? HtmlRenderOptions.Default;
    }

    /// <summary>The options this renderer uses.</summary>
    public HtmlRenderOptions Options { get; }

    /// <summary>Renders one result as a complete HTML page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public string Render(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(result, writer);
        return writer.ToString();
    }

    /// <summary>Renders several results as one complete HTML page with a section per document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of its elements is null.</exception>
    public string Render(IEnumerable<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(results, writer);
        return writer.ToString();
    }

    /// <summary>Writes one result as a complete HTML page to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Render(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        // one document: the section's own heading names it, so the page repeats it only when a title was given
        using var page = new HtmlPageWriter(writer, Options with { Title = Options.Title ?? result.Document.Id }, leaveOpen: true, heading: Options.Title is not null);
        page.Write(result);
    }

    /// <summary>Writes several results as one complete HTML page (a section per document) to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument, or one of the results, is null.</exception>
    public void Render(IEnumerable<AnalysisResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        using var page = new HtmlPageWriter(writer, Options, leaveOpen: true);
        foreach (var result in results) page.Write(result);
    }

    /// <summary>
    /// Starts a page on <paramref name="writer"/> to which documents are appended one at a time as they are analyzed;
    /// disposing the returned writer finishes the page. For long runs (the CLI's <c>--format html</c>).
    /// </summary>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="leaveOpen">True to leave <paramref name="writer"/> open when the page writer is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public HtmlPageWriter CreatePageWriter(TextWriter writer, bool leaveOpen = false) => new(writer, Options, leaveOpen);
}
