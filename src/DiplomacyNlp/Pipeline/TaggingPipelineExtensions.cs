using DiplomacyNlp.Pipeline.Components;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Pipeline;

/// <summary><c>Use*</c> extensions for the trained part-of-speech tagger and entity model.</summary>
public static class TaggingPipelineExtensions
{
    /// <summary>Adds the shipped part-of-speech tagger. Idempotent.</summary>
    public static DiplomacyPipelineBuilder UsePartOfSpeech(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        builder.Components.AddIfNotAlready(() => new PartOfSpeechComponent());
        return builder;
    }

    /// <summary>Adds the shipped entity model (and the POS tagger it needs). Idempotent.</summary>
    public static DiplomacyPipelineBuilder UseEntityModel(this DiplomacyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UsePartOfSpeech();
        builder.Components.AddIfNotAlready(() => new EntityRecognizerComponent());
        return builder;
    }

    /// <summary>Uses an entity model from a file trained with <c>diplomacy-nlp train</c>, replacing the current one.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid entity model.</exception>
    public static DiplomacyPipelineBuilder UseEntityModel(this DiplomacyPipelineBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(path);
        return builder.UseEntityModel(ModelFile.Load(path));
    }

    /// <summary>Uses an entity model read from a stream, replacing the current one.</summary>
    /// <exception cref="ModelFormatException">The stream is not a valid entity model.</exception>
    public static DiplomacyPipelineBuilder UseEntityModel(this DiplomacyPipelineBuilder builder, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(stream);
        return builder.UseEntityModel(ModelFile.Load(stream, "stream"));
    }

    /// <summary>Uses an entity model already in memory, replacing the current one.</summary>
    public static DiplomacyPipelineBuilder UseEntityModel(this DiplomacyPipelineBuilder builder, LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != FeatureKind.Entities || !model.IsBilou) throw new ModelFormatException("model", "is not a BILOU entity model");
        builder.UsePartOfSpeech();
        builder.Components.ReplaceOrAdd<EntityRecognizerComponent>(new EntityRecognizerComponent(new EntityTagger(model, TaggerModels.DefaultGazetteer)));
        return builder;
    }
}
