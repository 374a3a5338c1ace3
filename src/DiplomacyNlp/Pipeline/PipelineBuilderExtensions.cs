using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

/// <summary>The built-in <c>Use*</c> extensions. Each is idempotent: calling it twice adds the component once.</summary>
public static class PipelineBuilderExtensions
{
    /// <summary>Adds the tokenizer (or replaces it with <paramref name="tokenizer"/> when given).</summary>
    public static DiplomacyPipelineBuilder UseTokenizer(this DiplomacyPipelineBuilder builder, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (tokenizer is null) builder.Components.AddIfNotAlready(() => new TokenizerComponent(Tokenizer.Default));
        else builder.Components.ReplaceOrAdd<TokenizerComponent>(new TokenizerComponent(tokenizer));
        return builder;
    }

    /// <summary>Adds sentence splitting (and the tokenizer, if missing).</summary>
    public static DiplomacyPipelineBuilder UseSentences(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseTokenizer();
        builder.Components.AddIfNotAlready(() => new SentenceSplitterComponent());
        return builder;
    }

    /// <summary>
    /// Adds the entity merge step (idempotent) and keeps it after every other entity producer: call it after the
    /// components that append candidate entities. <c>UseDefaultEnglish()</c> calls it for you.
    /// </summary>
    public static DiplomacyPipelineBuilder UseEntityMerge(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Components.TryRemove<EntityMergeComponent>();
        builder.Components.Add(new EntityMergeComponent());
        return builder;
    }

    /// <summary>Sets limits and switches.</summary>
    public static DiplomacyPipelineBuilder WithOptions(this DiplomacyPipelineBuilder builder, Func<DiplomacyPipelineOptions, DiplomacyPipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Options = configure(builder.Options) ?? throw new PipelineConfigurationException("The options callback returned null.");
        return builder;
    }

    /// <summary>
    /// The full English pipeline: tokenizer, sentences, and every built-in analysis stage available
    /// (part of speech, entities, time, people and roles, events).
    /// </summary>
    public static DiplomacyPipelineBuilder UseDefaultEnglish(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseTokenizer().UseSentences();
        // Entity producers (lexicons, rules, model), then the merge, then people and events.
        builder.UseLexicons().UseNumericEntities().UseEntityModel();
        builder.UseEntityMerge();
        return builder;
    }
}
