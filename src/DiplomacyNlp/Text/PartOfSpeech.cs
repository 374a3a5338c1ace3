namespace DiplomacyNlp.Text;

/// <summary>Penn Treebank part-of-speech tags (the tag set of the training corpus).</summary>
public enum PartOfSpeech : byte
{
#pragma warning disable CS1591 // the Penn tag names are their own documentation
    /// <summary>Not tagged.</summary>
    None = 0,
    CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS, RB, RBR, RBS, RP,
    SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
    /// <summary>Sentence-final punctuation (. ! ?).</summary>
    Period,
    /// <summary>Comma.</summary>
    Comma,
    /// <summary>Colon, semicolon, dash, ellipsis.</summary>
    Colon,
    /// <summary>Opening quotation mark.</summary>
    OpenQuote,
    /// <summary>Closing quotation mark.</summary>
    CloseQuote,
    /// <summary>Opening bracket.</summary>
    LeftParen,
    /// <summary>Closing bracket.</summary>
    RightParen,
    /// <summary>Currency sign.</summary>
    Dollar,
    /// <summary>Pound sign (#).</summary>
    Hash,
#pragma warning restore CS1591
}
