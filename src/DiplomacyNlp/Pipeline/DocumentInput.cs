using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// One document for <see cref="DiplomacyPipeline.ProcessMany"/> and <see cref="DiplomacyPipeline.ProcessManyAsync"/>:
/// the text and its optional metadata. The text is kept as given.
/// </summary>
public sealed class DocumentInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="id">A caller-chosen id, echoed on the <see cref="DocumentResult"/> and in the JSON.</param>
    /// <param name="published">The publication date, used to resolve relative dates.</param>
    /// <param name="source">Where the text came from (a path, a URL, a feed name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DocumentInput(string text, string? id = null, DateOnly? published = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Id = id;
        Published = published;
        Source = source;
    }

    /// <summary>
    /// Creates an input whose publication date is given as text (<c>YYYY-MM-DD</c> or an ISO 8601 timestamp);
    /// null or empty means no date.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidPublicationDateException"><paramref name="published"/> is not a valid date.</exception>
    public static DocumentInput Create(string text, string? id, string? published, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? date = string.IsNullOrWhiteSpace(published) ? null : PublicationDate.Parse(published);
        return new DocumentInput(text, id, date, source);
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The caller's id, or null.</summary>
    public string? Id { get; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>Where the text came from, or null.</summary>
    public string? Source { get; }

    /// <summary>The metadata as a <see cref="DocumentInfo"/>.</summary>
    public DocumentInfo ToDocumentInfo() =>
        Id is null && Published is null && Source is null ? DocumentInfo.Empty : new DocumentInfo { Id = Id, Published = Published, Source = Source };
}
