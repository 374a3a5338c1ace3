namespace DiplomacyNlp.Pipeline;

/// <summary>Limits and switches of a pipeline. Set on the builder; frozen at <c>Build()</c>.</summary>
public sealed record DiplomacyPipelineOptions
{
    /// <summary>The longest document accepted, in UTF-16 code units (default 64 Mi). A longer one gives <see cref="DocumentTooLargeException"/>.</summary>
    public int MaxDocumentLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>A sentence is cut after this many tokens (default 400), so that one run-on line cannot make later stages slow.</summary>
    public int MaxTokensPerSentence { get; init; } = 400;

    /// <summary>Entities below this confidence are dropped (default 0).</summary>
    public double MinEntityConfidence { get; init; }
}
