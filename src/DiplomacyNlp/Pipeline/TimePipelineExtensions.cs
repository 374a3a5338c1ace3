using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Pipeline;

/// <summary>The <c>UseTime()</c> extension.</summary>
public static class TimePipelineExtensions
{
    /// <summary>
    /// Adds time-expression recognition and normalization (idempotent; sentences are added if missing). The component
    /// is placed before the entity merge step when there is one, so that its Date candidates take part in the merge.
    /// With <paramref name="recognizer"/>, replaces the recognizer in place.
    /// </summary>
    public static DiplomacyPipelineBuilder UseTime(this DiplomacyPipelineBuilder builder, TimeExpressionRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        var component = new TimeExpressionComponent(recognizer);
        if (builder.Components.Contains<TimeExpressionComponent>())
        {
            if (recognizer is not null) builder.Components.Replace<TimeExpressionComponent>(component);
            return builder;
        }
        if (!builder.Components.InsertBefore<EntityMergeComponent>(component)) builder.Components.Add(component);
        return builder;
    }
}
