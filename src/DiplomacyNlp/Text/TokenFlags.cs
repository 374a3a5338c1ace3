namespace DiplomacyNlp.Text;

/// <summary>Shape and class features computed once per token by the tokenizer.</summary>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>The first character is an uppercase letter.</summary>
    InitialUpper = 1 << 0,
    /// <summary>Every letter is uppercase (and there are at least two letters).</summary>
    AllUpper = 1 << 1,
    /// <summary>Every letter is lowercase.</summary>
    AllLower = 1 << 2,
    /// <summary>Uppercase letters after the first character among lowercase ones (iPhone, McDonald).</summary>
    MixedCase = 1 << 3,
    /// <summary>Contains at least one digit.</summary>
    HasDigit = 1 << 4,
    /// <summary>Consists of digits and number separators only.</summary>
    AllDigits = 1 << 5,
    /// <summary>Contains a hyphen.</summary>
    HasHyphen = 1 << 6,
    /// <summary>Contains a period (abbreviations such as U.S.).</summary>
    HasPeriod = 1 << 7,
    /// <summary>Contains a letter outside the Latin script.</summary>
    NonLatin = 1 << 8,
    /// <summary>Contains letters with diacritics (Ramón).</summary>
    HasDiacritic = 1 << 9,
    /// <summary>An abbreviation that ends with a period (Sen., U.S., Dept.).</summary>
    Abbreviation = 1 << 10,
    /// <summary>The first token of its sentence.</summary>
    SentenceStart = 1 << 11,
    /// <summary>Preceded by a line break (start of a line in the source).</summary>
    LineStart = 1 << 12,
    /// <summary>Contains an apostrophe.</summary>
    HasApostrophe = 1 << 13,
}
