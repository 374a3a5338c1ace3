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
    private static readonly Lazy<EntityTagger> NerLazy = new(LoadEntityTagger, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<GazetteerFeatureSource> GazetteerLazy = new(() => new GazetteerFeatureSource(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<bool> BackgroundLoad = new(() =>
    {
        _ = Task.Run(() => _ = PosLazy.Value);
        _ = Task.Run(() => _ = NerLazy.Value);
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped part-of-speech tagger.</summary>
    public static PartOfSpeechTagger PartOfSpeech => PosLazy.Value;

    /// <summary>The shipped entity tagger.</summary>
    public static EntityTagger Entities => NerLazy.Value;

    /// <summary>Gazetteer features over the embedded lexicons.</summary>
    public static GazetteerFeatureSource DefaultGazetteer => GazetteerLazy.Value;

    /// <summary>Loads the entity model while the gazetteer lexicons load (they are independent; both take a while).</summary>
    private static EntityTagger LoadEntityTagger()
    {
        var model = Task.Run(() => LoadEmbedded(EntityResource));
        var gazetteer = DefaultGazetteer;
        return new EntityTagger(model.GetAwaiter().GetResult(), gazetteer);
    }

    /// <summary>
    /// Starts loading both shipped taggers (and the gazetteer lexicons) on the thread pool, once per process, so that a
    /// pipeline built now finds them ready or nearly ready at its first document. Failures are not lost: the lazies keep
    /// them and rethrow them to whoever asks for <see cref="PartOfSpeech"/> or <see cref="Entities"/>.
    /// </summary>
    public static void StartLoading() => _ = BackgroundLoad.Value;

    /// <summary>Loads an embedded model by resource name.</summary>
    /// <exception cref="ModelFormatException">The resource is missing or corrupt.</exception>
    public static LinearChainModel LoadEmbedded(string resource)
    {
        using var stream = typeof(TaggerModels).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFormatException(resource, "is missing from the DiplomacyNlp assembly (reinstall the package, or train one with 'diplomacy-nlp train')");
        return ModelFile.Load(stream, resource);
    }
}
