using DiplomacyNlp.Text;

namespace DiplomacyNlp.Time;

/// <summary>A time expression as written and its normalized value.</summary>
public sealed record TimeExpression
{
    /// <summary>The span in the text.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The expression as written ("on Thursday", "September 3, 2025").</summary>
    public required string Text { get; init; }

    /// <summary>ISO 8601 value ("2025-09-03", "2025-09", "2025"), or null when it could not be resolved.</summary>
    public string? Value { get; init; }

    /// <summary>The precision of <see cref="Value"/>.</summary>
    public TimeGranularity Granularity { get; init; }

    /// <summary>True when the expression points to the future relative to the publication date ("next week", "will meet on Friday").</summary>
    public bool IsFuture { get; init; }
}
