using System.Globalization;
using System.Text;

namespace DiplomacyNlp.Lexicons;

/// <summary>Removes diacritics from Latin letters (Ramón → Ramon) for accent-insensitive matching.</summary>
public static class DiacriticFolding
{
    /// <summary>True when <paramref name="text"/> contains a non-ASCII letter that folding could change.</summary>
    public static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c >= 0xC0 && c < 0x250) return true;
        }
        return false;
    }

    /// <summary>Writes the folded form of <paramref name="text"/> into <paramref name="destination"/> (same length or shorter); returns the length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (n >= destination.Length) break;
            destination[n++] = c < 0xC0 ? c : FoldChar(c);
        }
        return n;
    }

    /// <summary>The folded form as a string.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsFolding(text)) return text;
        return string.Create(text.Length, text, static (dest, s) => Fold(s, dest));
    }

    private static char FoldChar(char c)
    {
        if (c >= 0x250) return c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return d;
        }
        return c;
    }
}
