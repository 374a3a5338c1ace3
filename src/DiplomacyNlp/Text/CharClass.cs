using System.Globalization;
using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Text;

/// <summary>Character classification used by the tokenizer and sentence splitter.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        if (c <= ' ') return true; // ASCII controls and space
        if (c < 0x7F) return false;
        if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true;
        if (c == 0x200D) return false; // zero-width joiner stays inside emoji sequences
        if (char.IsWhiteSpace(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigitOrMark(char c)
    {
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        if (char.IsSurrogate(c)) return false;
        var cat = char.GetUnicodeCategory(c);
        return cat <= UnicodeCategory.OtherLetter || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Characters that may open a chunk and are split off as their own tokens.</summary>
    public static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u00BF' or '\u00A1' or '\u201E' or '*' or '\u2022' or '\u25CF' or '\u25AA' or '\u2013' or '\u2014' or '<';

    /// <summary>Characters that may close a chunk and are split off as their own tokens.</summary>
    public static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ',' or ';' or ':' or '!' or '?' or '.' or '\u2026' or '>' or '\u2013' or '\u2014' or '*';

    /// <summary>CJK ideographs and kana: each character is its own token.</summary>
    public static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7AF';

    public static bool IsLatinLetter(char c) => c < 0x250 && char.IsLetter(c);

    public static bool IsBullet(char c) => c is '\u2022' or '\u25CF' or '\u25AA' or '\u25E6' or '\u2023' or '\u2043' or '\u25A0' or '\u25A1';
}
