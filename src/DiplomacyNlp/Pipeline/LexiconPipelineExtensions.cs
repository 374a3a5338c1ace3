using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline;

/// <summary><c>Use*</c> extensions for the lexicons and the rule-based amount entities.</summary>
public static class LexiconPipelineExtensions
{
    private static readonly Lazy<Tokenizer> LexiconTokenizer = new(() => new Tokenizer(LexiconSet.Default.KeepWholeTokens), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Adds lexicon entities (countries, nationalities, organizations, role titles) and makes the tokenizer keep
    /// lexicon entries with punctuation ("U.S.") whole. Idempotent.
    /// </summary>
    public static DiplomacyPipelineBuilder UseLexicons(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Components.Contains<LexiconEntityComponent>()) return builder;
        var tokenizer = builder.Components.Find<TokenizerComponent>()?.Tokenizer;
        if (tokenizer is null || ReferenceEquals(tokenizer, Tokenizer.Default)) builder.UseTokenizer(LexiconTokenizer.Value);
        builder.UseSentences();
        builder.Components.Add(new LexiconEntityComponent(LexiconEntityRecognizer.Default));
        return builder;
    }

    /// <summary>Adds rule-based Money, Percent and Quantity entities. Idempotent.</summary>
    public static DiplomacyPipelineBuilder UseNumericEntities(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        builder.Components.AddIfNotAlready(() => new NumericEntityComponent());
        return builder;
    }
}
