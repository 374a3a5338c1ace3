namespace DiplomacyNlp.Rendering;

/// <summary>
/// One highlighted span of the document text: where it is, which layer it belongs to (outer layers nest outside inner
/// ones when spans coincide), and the opening tags for its first fragment and for continuations after a split.
/// </summary>
internal readonly record struct Highlight(int Start, int End, HighlightLayer Layer, int Order, string OpenTag, string ContinuationTag);

/// <summary>The layers of highlights, from outermost to innermost when two spans cover the same text.</summary>
internal enum HighlightLayer : byte
{
    Evidence,
    Entity,
    Mention,
    Trigger,
}
