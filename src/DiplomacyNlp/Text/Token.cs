namespace DiplomacyNlp.Text;

/// <summary>
/// A token: a span of the original text with its kind, shape flags and part of speech.
/// A small value type; reading tokens allocates nothing. Use <see cref="Document.GetSpan"/> or
/// <see cref="GetText"/> to see the characters.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    /// <summary>Creates a token.</summary>
    public Token(int start, int length, TokenKind kind, TokenFlags flags, PartOfSpeech pos = PartOfSpeech.None)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
        Pos = pos;
    }

    /// <summary>Offset of the first character in the document text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The span of the token in the document text.</summary>
    public SourceSpan Span => new(Start, Length);

    /// <summary>The broad class of the token.</summary>
    public TokenKind Kind { get; }

    /// <summary>Shape and class features.</summary>
    public TokenFlags Flags { get; }

    /// <summary>The Penn Treebank part-of-speech tag, or <see cref="PartOfSpeech.None"/> before tagging.</summary>
    public PartOfSpeech Pos { get; }

    /// <summary>True when the given flag is set.</summary>
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>The token's characters in <paramref name="text"/> (no allocation).</summary>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);

    /// <summary>The token's characters as a new string.</summary>
    public string GetText(string text) => text.Substring(Start, Length);

    /// <summary>A copy with another part-of-speech tag.</summary>
    public Token WithPos(PartOfSpeech pos) => new(Start, Length, Kind, Flags, pos);

    /// <summary>A copy with additional flags.</summary>
    public Token WithFlags(TokenFlags flags) => new(Start, Length, Kind, Flags | flags, Pos);

    /// <inheritdoc />
    public bool Equals(Token other) => Start == other.Start && Length == other.Length && Kind == other.Kind && Flags == other.Flags && Pos == other.Pos;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Kind, Flags, Pos);

    /// <summary>Equality.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}[{Start}..{End})";
}
