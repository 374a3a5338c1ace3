namespace DiplomacyNlp.Tagging;

/// <summary>Which feature templates a model uses; stored in the model file.</summary>
public enum FeatureKind : byte
{
    /// <summary>Part-of-speech templates: words, affixes, shapes, context words.</summary>
    PartOfSpeech = 1,
    /// <summary>Entity templates: the POS templates plus tags of the context, gazetteer memberships and case patterns.</summary>
    Entities = 2,
}
