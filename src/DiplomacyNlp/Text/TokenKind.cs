namespace DiplomacyNlp.Text;

/// <summary>The broad class of a token, decided by the tokenizer.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or periods (abbreviations).</summary>
    Word,
    /// <summary>Digits, possibly with separators: 2,000 / 3.5 / 2025-09-03.</summary>
    Number,
    /// <summary>Punctuation: . , ; : ! ? quotes, brackets, dashes, ellipsis.</summary>
    Punctuation,
    /// <summary>Symbols such as $ % &amp; + =.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle such as @name.</summary>
    Handle,
    /// <summary>A hashtag such as #topic.</summary>
    Hashtag,
    /// <summary>An emoji or pictograph (with its modifiers).</summary>
    Emoji,
    /// <summary>Anything else (non-Latin script runs, private-use characters).</summary>
    Other,
}
