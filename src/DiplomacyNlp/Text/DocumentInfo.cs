namespace DiplomacyNlp.Text;

/// <summary>Optional metadata that travels with a document.</summary>
public sealed record DocumentInfo
{
    /// <summary>Metadata with nothing set.</summary>
    public static DocumentInfo Empty { get; } = new();

    /// <summary>A caller-chosen identifier, echoed in results and JSON.</summary>
    public string? Id { get; init; }

    /// <summary>The publication date; relative expressions such as "on Thursday" are resolved against it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the text came from (a URL, a feed name, a file path).</summary>
    public string? Source { get; init; }
}
