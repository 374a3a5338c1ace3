using DiplomacyNlp.Lexicons;

namespace DiplomacyNlp.Tagging;

/// <summary>The models shipped inside the assembly, loaded lazily once per process.</summary>
public static class TaggerModels
{
    /// <summary>Resource name of the part-of-speech model.</summary>
    public const string PartOfSpeechResource = "DiplomacyNlp.Models.pos.bin";

    /// <summary>Resource name of the entity model.</summary>
    public const string EntityResource = "DiplomacyNlp.Models.ner.bin";

    private static readonly Lazy<PartOfSpeechTagger> PosLazy = new(() => new PartOfSpeechTagger(LoadEmbedded(PartOfSpeechResource)), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EntityTagger> NerLazy = new(() => new EntityTagger(LoadEmbedded(EntityResource), DefaultGazetteer), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<GazetteerFeatureSource> GazetteerLazy = new(() => new GazetteerFeatureSource(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped part-of-speech tagger.</summary>
    public static PartOfSpeechTagger PartOfSpeech => PosLazy.Value;

    /// <summary>The shipped entity tagger.</summary>
    public static EntityTagger Entities => NerLazy.Value;

    /// <summary>Gazetteer features over the embedded lexicons.</summary>
    public static GazetteerFeatureSource DefaultGazetteer => GazetteerLazy.Value;

    /// <summary>Loads an embedded model by resource name.</summary>
    /// <exception cref="ModelFormatException">The resource is missing or corrupt.</exception>
    public static LinearChainModel LoadEmbedded(string resource)
    {
        using var stream = typeof(TaggerModels).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFormatException(resource, "is missing from the DiplomacyNlp assembly (reinstall the package, or train one with 'diplomacy-nlp train')");
        return ModelFile.Load(stream, resource);
    }
}
