using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Rendering;

/// <summary>
/// Writes one HTML page incrementally: the head (title, inline style) when created, a section per document on each
/// <see cref="Write"/>, and the end of the page (with the optional inline script) on <see cref="Dispose"/>. Ids are
/// prefixed per section ("d1-", "d2-", …), so they stay unique on a page of many documents. Not thread-safe.
/// Create one with <see cref="HtmlRenderer.CreatePageWriter"/> or the constructor.
/// </summary>
public sealed class HtmlPageWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly HtmlRenderOptions _options;
    private readonly bool _leaveOpen;
    private bool _disposed;

    /// <summary>Starts a page: writes the doctype, the head with the inline style, and the page heading.</summary>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="options">What to show; null for <see cref="HtmlRenderOptions.Default"/>.</param>
    /// <param name="leaveOpen">True to leave <paramref name="writer"/> open on <see cref="Dispose"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public HtmlPageWriter(TextWriter writer, HtmlRenderOptions? options = null, bool leaveOpen = false)
        : this(writer, options, leaveOpen, heading: true)
    {
    }

    // heading: false for a page of one document, which its section heading already names
    internal HtmlPageWriter(TextWriter writer, HtmlRenderOptions? options, bool leaveOpen, bool heading)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _options = options ?? HtmlRenderOptions.Default;
        _leaveOpen = leaveOpen;
        string title = _options.Title ?? "DiplomacyNlp";
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"DiplomacyNlp\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(HtmlPageAssets.Style);
        writer.Write("\n</style>\n</head>\n<body");
        if (_options.ShowEntityLabels) writer.Write(" class=\"labels\"");
        writer.Write(">\n");
        if (heading)
        {
            writer.Write("<h1>");
            HtmlText.Write(writer, title);
            writer.Write("</h1>\n");
        }
    }

    /// <summary>The number of documents written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one document as a section of the page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The page is already finished.</exception>
    public void Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ObjectDisposedException.ThrowIf(_disposed, this);
        DocumentSectionWriter.Write(_writer, result, _options, ++Count);
    }

    /// <summary>Finishes the page (a note when no document was written, the optional script, the closing tags) and flushes or closes the writer.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (Count == 0) _writer.Write("<p class=\"empty\">No documents.</p>\n");
        if (_options.IncludeScript)
        {
            _writer.Write("<script>\n");
            _writer.Write(HtmlPageAssets.Script);
            _writer.Write("\n</script>\n");
        }
        _writer.Write("</body>\n</html>\n");
        if (_leaveOpen) _writer.Flush();
        else _writer.Dispose();
    }
}
