namespace DiplomacyNlp.Entities;

/// <summary>Which component produced an entity; the merge precedence is documented on <c>EntityMerger</c>.</summary>
public enum EntitySource : byte
{
    /// <summary>The statistical sequence model.</summary>
    Model,
    /// <summary>A lexicon (gazetteer) match.</summary>
    Lexicon,
    /// <summary>A hand-written rule (dates, money, percent, quantities, role constructions).</summary>
    Rule,
    /// <summary>A user pattern added through the builder.</summary>
    Pattern,
}
