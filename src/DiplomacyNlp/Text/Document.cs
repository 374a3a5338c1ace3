namespace DiplomacyNlp.Text;

/// <summary>
/// The untouched input text plus optional metadata. The text is never rewritten: control characters,
/// odd whitespace and everything else stay in place and every span points into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="info">Optional metadata (id, publication date, source).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info ?? DocumentInfo.Empty;
    }

    /// <summary>The original text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>Metadata supplied with the text.</summary>
    public DocumentInfo Info { get; }

    /// <summary>The document id, or null.</summary>
    public string? Id => Info.Id;

    /// <summary>The publication date used to resolve relative time expressions, or null.</summary>
    public DateOnly? Published => Info.Published;

    /// <summary>Returns the text covered by <paramref name="span"/>.</summary>
    public string GetText(SourceSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Returns the characters covered by <paramref name="span"/> without allocating.</summary>
    public ReadOnlySpan<char> GetSpan(SourceSpan span) => Text.AsSpan(span.Start, span.Length);
}
