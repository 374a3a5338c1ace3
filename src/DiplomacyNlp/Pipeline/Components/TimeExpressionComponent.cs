using DiplomacyNlp.Entities;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>
/// Recognizes and normalizes time expressions against the document's publication date (<see cref="TimeExpressionRecognizer"/>),
/// fills <see cref="AnalysisContext.TimeExpressions"/>, and appends one Date candidate entity per expression
/// (the date proper, without a leading "on"/"in"; <see cref="EntitySource.Rule"/>, canonical = the ISO value) for the
/// entity merge step. Runs before <see cref="EntityMergeComponent"/>.
/// </summary>
public sealed class TimeExpressionComponent : IPipelineComponent
{
    /// <summary>The key under which the token ranges of the expressions (a <c>List&lt;TimeMatch&gt;</c>) are left in <see cref="AnalysisContext.Items"/>.</summary>
    public const string MatchesItemKey = "time.matches";

    /// <summary>The confidence given to the Date candidates.</summary>
    public const double DateConfidence = 0.95;

    /// <summary>Creates the component.</summary>
    public TimeExpressionComponent(TimeExpressionRecognizer? recognizer = null)
    {
        Recognizer = recognizer ?? TimeExpressionRecognizer.Default;
    }

    /// <summary>The recognizer.</summary>
    public TimeExpressionRecognizer Recognizer { get; }

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.TimeExpressions;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matches = new List<TimeMatch>();
        Recognizer.Recognize(context.Text, context.Tokens, context.Sentences, context.Document.Published, matches);
        context.Items[MatchesItemKey] = matches;
        var tokens = context.Tokens;
        foreach (var m in matches)
        {
            context.TimeExpressions.Add(m.Expression);
            int start = tokens[m.CoreFirstToken].Start, end = tokens[m.EndToken - 1].End;
            context.Entities.Add(new Entity
            {
                Id = string.Empty,
                Type = EntityType.Date,
                Span = Text.SourceSpan.FromBounds(start, end),
                Text = context.Text.Substring(start, end - start),
                FirstToken = m.CoreFirstToken,
                TokenCount = m.EndToken - m.CoreFirstToken,
                Confidence = DateConfidence,
                Source = EntitySource.Rule,
                Canonical = m.Expression.Value,
            });
        }
    }
}
