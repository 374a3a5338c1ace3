namespace DiplomacyNlp.Pipeline;

/// <summary>The layers of analysis a component consumes or produces; the builder checks the order once at build time.</summary>
[Flags]
public enum AnalysisLayers
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Tokens.</summary>
    Tokens = 1 << 0,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 1 << 1,
    /// <summary>Part-of-speech tags on tokens.</summary>
    PartsOfSpeech = 1 << 2,
    /// <summary>Entity spans (model, lexicon, rules).</summary>
    Entities = 1 << 3,
    /// <summary>Normalized time expressions.</summary>
    TimeExpressions = 1 << 4,
    /// <summary>People, organizations and countries with their mentions and roles.</summary>
    People = 1 << 5,
    /// <summary>Typed events.</summary>
    Events = 1 << 6,
}
