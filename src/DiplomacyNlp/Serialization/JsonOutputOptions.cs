namespace DiplomacyNlp.Serialization;

/// <summary>What the JSON output contains.</summary>
public sealed record JsonOutputOptions
{
    /// <summary>Include the token list (default false).</summary>
    public bool IncludeTokens { get; init; }

    /// <summary>Include the document text (default false).</summary>
    public bool IncludeText { get; init; }

    /// <summary>Indent the output (default false: one line, as JSONL needs).</summary>
    public bool Indented { get; init; }
}
