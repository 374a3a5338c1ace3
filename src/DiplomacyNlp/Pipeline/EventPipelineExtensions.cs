using DiplomacyNlp.Events;
using DiplomacyNlp.Pipeline.Components;

namespace DiplomacyNlp.Pipeline;

/// <summary>The <c>UseEvents()</c> extension.</summary>
public static class EventPipelineExtensions
{
    private const string PatternsKey = "events.patterns";

    /// <summary>
    /// Adds typed event extraction (Call, Meeting, Agreement, Designation) at the end of the pipeline. Idempotent: a
    /// second call keeps one event component; <paramref name="configure"/> adds user patterns (or removes built-in ones)
    /// to the patterns of earlier calls. Sentences are added if missing; call it after the entity, time and people stages
    /// so that it can use them (it also runs on entities alone).
    /// </summary>
    /// <exception cref="Events.Patterns.PatternDefinitionException">A user pattern is empty, has an empty slot or an empty trigger.</exception>
    public static DiplomacyPipelineBuilder UseEvents(this DiplomacyPipelineBuilder builder, Action<EventPatternBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        if (!builder.Properties.TryGetValue(PatternsKey, out var existing) || existing is not EventPatternBuilder patterns)
        {
            patterns = new EventPatternBuilder();
            builder.Properties[PatternsKey] = patterns;
        }
        if (configure is null && builder.Components.Contains<EventComponent>()) return builder;
        configure?.Invoke(patterns);
        var set = configure is null && patterns.Patterns.Count == EventPatternSet.Default.Patterns.Count ? EventPatternSet.Default : patterns.Build();
        var component = new EventComponent(ReferenceEquals(set, EventPatternSet.Default) ? EventExtractor.Default : new EventExtractor(set));
        builder.Components.TryRemove<EventComponent>();
        builder.Components.Add(component);
        return builder;
    }
}
