namespace DiplomacyNlp.Text;

/// <summary>Token shape features: flags computed once per token, and the shape string on demand.</summary>
public static class TokenShape
{
    /// <summary>Computes the shape flags of a token's characters.</summary>
    public static TokenFlags ComputeFlags(ReadOnlySpan<char> w, TokenKind kind)
    {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        TokenFlags f = TokenFlags.None;
        bool upperAfterFirst = false;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (c < 0x80)
            {
                if (c >= 'a' && c <= 'z') { lower++; letters++; }
                else if (c >= 'A' && c <= 'Z') { upper++; letters++; if (i > 0) upperAfterFirst = true; }
                else if (c >= '0' && c <= '9') digits++;
                else if (c == '-') f |= TokenFlags.HasHyphen;
                else if (c == '.') f |= TokenFlags.HasPeriod;
                else if (c == '\'') f |= TokenFlags.HasApostrophe;
                continue;
            }
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) { upper++; if (i > 0) upperAfterFirst = true; }
                else if (char.IsLower(c)) lower++;
                if (c < 0x250) f |= TokenFlags.HasDiacritic;
                else f |= TokenFlags.NonLatin;
            }
            else if (char.IsDigit(c)) digits++;
            else if (c == '\u2019') f |= TokenFlags.HasApostrophe;
            else if (CharClass.IsHyphen(c)) f |= TokenFlags.HasHyphen;
        }
        if (letters > 0)
        {
            if (char.IsUpper(w[0])) f |= TokenFlags.InitialUpper;
            if (upper == letters && letters >= 2) f |= TokenFlags.AllUpper;
            if (lower == letters) f |= TokenFlags.AllLower;
            if (upperAfterFirst && lower > 0) f |= TokenFlags.MixedCase;
        }
        if (digits > 0)
        {
            f |= TokenFlags.HasDigit;
            if (letters == 0) f |= TokenFlags.AllDigits;
        }
        if (kind == TokenKind.Word && w.Length >= 2 && w[^1] == '.' && letters > 0) f |= TokenFlags.Abbreviation;
        return f;
    }

    /// <summary>
    /// Writes the shape of <paramref name="w"/> into <paramref name="destination"/>: X for uppercase, x for
    /// lowercase, d for digits, other characters as themselves. With <paramref name="compressed"/>, runs of the
    /// same class collapse to one character ("Xxxxx" becomes "Xx"). Returns the number of characters written.
    /// </summary>
    public static int Write(ReadOnlySpan<char> w, Span<char> destination, bool compressed)
    {
        int n = 0;
        char last = '\0';
        for (int i = 0; i < w.Length && n < destination.Length; i++)
        {
            char c = w[i];
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (compressed && s == last) continue;
            destination[n++] = s;
            last = s;
        }
        return n;
    }

    /// <summary>The shape as a string (allocates; for display and diagnostics).</summary>
    public static string Of(ReadOnlySpan<char> w, bool compressed = false)
    {
        Span<char> buf = stackalloc char[64];
        int n = Write(w, buf, compressed);
        return new string(buf[..n]);
    }
}
