namespace DiplomacyNlp.Text;

/// <summary>A sentence: its span in the text and the range of its tokens.</summary>
/// <param name="Span">The characters from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(SourceSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Start offset in the text.</summary>
    public int Start => Span.Start;

    /// <summary>Exclusive end offset in the text.</summary>
    public int End => Span.End;
}
