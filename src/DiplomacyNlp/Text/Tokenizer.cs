using System.Globalization;

namespace DiplomacyNlp.Text;

/// <summary>
/// A non-destructive, rule-driven English tokenizer for news text. It never rewrites the text: each
/// token is a span of it, and whitespace, control and zero-width characters are skipped, never removed.
/// No regular expressions; one pass over the characters with a small amount of look-ahead.
/// Thread-safe: an instance holds only immutable tables.
/// </summary>
public sealed class Tokenizer
{
    private readonly SpanStringSet _keepWhole;

    /// <summary>The default tokenizer (built-in abbreviations only).</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Creates a tokenizer with the built-in abbreviation list.</summary>
    public Tokenizer() : this(Array.Empty<string>())
    {
    }

    /// <summary>
    /// Creates a tokenizer that also keeps the given strings whole when a whitespace-delimited chunk
    /// (after leading and trailing punctuation are split off) equals one of them, ignoring case.
    /// Lexicon entries containing punctuation (for example "U.S.") arrive here.
    /// </summary>
    /// <param name="keepWhole">Extra strings to keep as one token.</param>
    public Tokenizer(IEnumerable<string> keepWhole)
    {
        ArgumentNullException.ThrowIfNull(keepWhole);
        var all = new List<string>(Abbreviations.Builtin);
        foreach (var s in keepWhole)
        {
            if (!string.IsNullOrWhiteSpace(s) && s.IndexOf(' ') < 0) all.Add(s);
        }
        _keepWhole = new SpanStringSet(all, ignoreCase: true);
        KeepWholeCount = _keepWhole.Count;
        foreach (var s in all)
        {
            if (LooksLikePlainChunk(s)) _hasPlainShapedEntries = true;
        }
    }

    /// <summary>
    /// True when some keep-whole string has the shape of a plain chunk (ASCII letters and digits, optionally followed
    /// by simple closing punctuation, as "Yahoo!"); then the plain-chunk fast path looks such chunks up first.
    /// </summary>
    private readonly bool _hasPlainShapedEntries;

    /// <summary>Whether plain chunks take the fast path (always, except in the tests that compare it with the general rules).</summary>
    internal bool PlainChunkFastPath { get; init; } = true;

    private static bool LooksLikePlainChunk(string s)
    {
        int i = 0;
        while (i < s.Length && IsAsciiLetterOrDigit(s[i])) i++;
        if (i == 0) return false;
        while (i < s.Length && IsSimpleCloser(s[i])) i++;
        return i == s.Length;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>Closing punctuation that never joins a preceding plain word (the period does, in abbreviations).</summary>
    private static bool IsSimpleCloser(char c) => c is ',' or ';' or ':' or ')' or ']' or '"' or '!' or '?' or '\u201D';

    /// <summary>How many keep-whole strings (abbreviations and lexicon cases) the tokenizer knows.</summary>
    public int KeepWholeCount { get; }

    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    public List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text.AsSpan(), list);
        return list;
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/>, appending to <paramref name="output"/>. Offsets are relative to the
    /// start of <paramref name="text"/>. Reusing the list avoids allocation.
    /// </summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output) => Tokenize(text, output, CancellationToken.None);

    /// <summary>As <see cref="Tokenize(ReadOnlySpan{char}, List{Token})"/>, checking <paramref name="cancellationToken"/> periodically.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = text.Length;
        int pos = 0;
        bool lineStart = true;
        int chunks = 0;
        while (pos < n)
        {
            char c = text[pos];
            if (CharClass.IsSeparator(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029') lineStart = true;
                pos++;
                continue;
            }
            int before = output.Count;
            int end = pos;
            // Fast path for the common chunk: ASCII letters or digits, optionally followed by simple closing
            // punctuation ("officials", "2025", "said,", "Friday\u201D"). It gives exactly what TokenizeChunk gives.
            int upper = 0, lower = 0, digits = 0;
            while (end < n)
            {
                char d = text[end];
                if ((uint)(d - 'a') <= 'z' - 'a') lower++;
                else if ((uint)(d - 'A') <= 'Z' - 'A') upper++;
                else if ((uint)(d - '0') <= 9) digits++;
                else break;
                end++;
            }
            int bodyEnd = end;
            bool plain = bodyEnd > pos && PlainChunkFastPath;
            while (end < n && !CharClass.IsSeparator(text[end]))
            {
                if (plain && !IsSimpleCloser(text[end])) plain = false;
                end++;
            }
            if (plain && _hasPlainShapedEntries && (_keepWhole.Contains(text[pos..end]) || _keepWhole.Contains(text[pos..bodyEnd])))
            {
                plain = false; // a keep-whole entry: let the general rules decide
            }
            if (plain)
            {
                EmitPlainWord(text, pos, bodyEnd, upper, lower, digits, output);
                if (bodyEnd < end) EmitPunctuationRun(text, bodyEnd, end, output);
            }
            else
            {
                TokenizeChunk(text, pos, end, output);
            }
            if (lineStart && output.Count > before)
            {
                output[before] = output[before].WithFlags(TokenFlags.LineStart);
            }
            lineStart = false;
            pos = end;
            if ((++chunks & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Emits a word of ASCII letters and digits with the flags <see cref="TokenShape.ComputeFlags"/> would give it.</summary>
    private static void EmitPlainWord(ReadOnlySpan<char> text, int s, int e, int upper, int lower, int digits, List<Token> output)
    {
        int letters = upper + lower;
        var flags = TokenFlags.None;
        TokenKind kind;
        if (letters > 0)
        {
            kind = TokenKind.Word;
            bool firstUpper = (uint)(text[s] - 'A') <= 'Z' - 'A';
            if (firstUpper) flags |= TokenFlags.InitialUpper;
            if (upper == letters && letters >= 2) flags |= TokenFlags.AllUpper;
            if (lower == letters) flags |= TokenFlags.AllLower;
            if (upper - (firstUpper ? 1 : 0) > 0 && lower > 0) flags |= TokenFlags.MixedCase;
            if (digits > 0) flags |= TokenFlags.HasDigit;
        }
        else
        {
            kind = TokenKind.Number;
            flags = TokenFlags.HasDigit | TokenFlags.AllDigits;
        }
        output.Add(new Token(s, e - s, kind, flags));
    }

    private void TokenizeChunk(ReadOnlySpan<char> text, int s, int e, List<Token> output)
    {
        // Whole-chunk keep cases first (abbreviations, lexicon entries with punctuation).
        if (e - s > 1 && _keepWhole.Contains(text[s..e]))
        {
            Emit(text, s, e, TokenKind.Word, output);
            return;
        }

        // Leading punctuation.
        while (s < e && CharClass.IsOpening(text[s]))
        {
            // A leading apostrophe followed by digits is an abbreviated year ('90s): keep it with the word.
            if (CharClass.IsApostrophe(text[s]) && s + 1 < e && CharClass.IsDigit(text[s + 1])) break;
            Emit(text, s, s + 1, TokenKind.Punctuation, output);
            s++;
        }
        if (s >= e) return;

        // Trailing punctuation: find where it starts, then give a period back to an abbreviation.
        int b = e;
        while (b > s && CharClass.IsClosing(text[b - 1])) b--;
        if (b < e && b > s && text[b] == '.' && (IsAbbreviation(text[s..(b + 1)]) && !EndsSentenceAbbreviationRun(text, b, e)))
        {
            b++;
        }
        // Possessive plural: countries' -> countries + '
        if (b == s)
        {
            EmitPunctuationRun(text, s, e, output);
            return;
        }

        var body = text[s..b];
        if (body.Length > 1 && _keepWhole.Contains(body))
        {
            Emit(text, s, b, TokenKind.Word, output);
        }
        else if (body[0] == '@' && IsHandle(body))
        {
            Emit(text, s, b, TokenKind.Handle, output);
        }
        else if (body[0] == '#' && IsHandle(body))
        {
            Emit(text, s, b, TokenKind.Hashtag, output);
        }
        else if (IsEmail(body))
        {
            Emit(text, s, b, TokenKind.Email, output);
        }
        else if (IsUrl(body, out int urlEnd))
        {
            Emit(text, s, s + urlEnd, TokenKind.Url, output);
            if (s + urlEnd < b) TokenizeBody(text, s + urlEnd, b, output);
        }
        else
        {
            TokenizeBody(text, s, b, output);
        }
        if (b < e) EmitPunctuationRun(text, b, e, output);
    }

    /// <summary>"U.S.." or "Inc.." style: the period after an abbreviation is followed by more periods.</summary>
    private static bool EndsSentenceAbbreviationRun(ReadOnlySpan<char> text, int b, int e) => b + 1 < e && text[b + 1] == '.';

    private void EmitPunctuationRun(ReadOnlySpan<char> text, int s, int e, List<Token> output)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            int j = i + 1;
            if (c == '.' || CharClass.IsHyphen(c) || c is '!' or '?')
            {
                while (j < e && text[j] == c) j++;
            }
            else if (CharClass.IsApostrophe(c) && j < e && (text[j] is 's' or 'S') && (j + 1 == e || !CharClass.IsLetterOrDigitOrMark(text[j + 1])))
            {
                j++; // "’s" left behind after a trailing quote strip (rare)
            }
            EmitSymbol(text, i, j, output);
            i = j;
        }
    }

    private void TokenizeBody(ReadOnlySpan<char> text, int s, int e, List<Token> output)
    {
        int i = s;
        while (i < e)
        {
            char c = text[i];
            if (CharClass.IsLetterOrDigitOrMark(c))
            {
                if (CharClass.IsCjk(c))
                {
                    Emit(text, i, i + 1, TokenKind.Other, output);
                    i++;
                    continue;
                }
                // n't contraction
                if ((c is 'n' or 'N') && i + 2 < e && CharClass.IsApostrophe(text[i + 1]) && (text[i + 2] is 't' or 'T') && (i + 3 == e || !CharClass.IsLetterOrDigitOrMark(text[i + 3])) && i > s)
                {
                    Emit(text, i, i + 3, TokenKind.Word, output);
                    i += 3;
                    continue;
                }
                int j = ScanWord(text, i, e);
                var kind = ClassifyWord(text[i..j]);
                Emit(text, i, j, kind, output);
                i = j;
                continue;
            }
            if (CharClass.IsApostrophe(c) && i > s && CharClass.IsLetterOrDigitOrMark(text[i - 1]))
            {
                int k = i + 1;
                while (k < e && CharClass.IsAsciiLetter(text[k])) k++;
                if (k > i + 1 && (k == e || !CharClass.IsLetterOrDigitOrMark(text[k])) && IsContractionSuffix(text[(i + 1)..k]))
                {
                    Emit(text, i, k, TokenKind.Word, output);
                    i = k;
                    continue;
                }
            }
            if (char.IsHighSurrogate(c))
            {
                int j = ScanEmoji(text, i, e);
                Emit(text, i, j, IsEmojiCodePoint(text, i) ? TokenKind.Emoji : TokenKind.Other, output);
                i = j;
                continue;
            }
            if (c == '.' || CharClass.IsHyphen(c))
            {
                int j = i + 1;
                while (j < e && text[j] == c) j++;
                // A number with a leading decimal point or a sign: -5, .5
                Emit(text, i, j, TokenKind.Punctuation, output);
                i = j;
                continue;
            }
            EmitSymbol(text, i, i + 1, output);
            i++;
        }
    }

    /// <summary>Scans a word or number starting at <paramref name="i"/> and returns its exclusive end.</summary>
    private int ScanWord(ReadOnlySpan<char> text, int i, int e)
    {
        int j = i;
        int runStart = i;
        while (true)
        {
            while (j < e && CharClass.IsLetterOrDigitOrMark(text[j]) && !CharClass.IsCjk(text[j])) j++;
            if (j >= e) return j;
            char c = text[j];
            bool nextIsAlnum = j + 1 < e && CharClass.IsLetterOrDigitOrMark(text[j + 1]);
            if (c == '.')
            {
                bool digitsAround = j > i && CharClass.IsDigit(text[j - 1]) && j + 1 < e && CharClass.IsDigit(text[j + 1]);
                if (digitsAround)
                {
                    j++;
                    runStart = j;
                    continue;
                }
                int runLength = j - runStart;
                if (nextIsAlnum && runLength <= 3 && CharClass.IsAsciiLetter(text[j - 1]) && !CharClass.IsDigit(text[j + 1]) && LooksLikeAbbreviationContinues(text, j + 1, e))
                {
                    j++;
                    runStart = j;
                    continue;
                }
                // Trailing period of an abbreviation inside a chunk, as in "U.S.-led".
                if (j + 1 < e && (CharClass.IsHyphen(text[j + 1]) || text[j + 1] == '/') && IsAbbreviation(text[i..(j + 1)]))
                {
                    return j + 1;
                }
                return j;
            }
            if (CharClass.IsHyphen(c))
            {
                if (nextIsAlnum && j > i) { j++; runStart = j; continue; }
                return j;
            }
            if (c == ',')
            {
                // 2,000 and 189,359: a comma between a digit and exactly three digits.
                if (j > i && CharClass.IsDigit(text[j - 1]) && IsThreeDigitGroup(text, j + 1, e))
                {
                    j += 4;
                    continue;
                }
                return j;
            }
            if (CharClass.IsApostrophe(c) && c != '\u2018')
            {
                int k = j + 1;
                while (k < e && CharClass.IsLetterOrDigitOrMark(text[k]) && !CharClass.IsCjk(text[k])) k++;
                if (k == j + 1) return j; // trailing apostrophe
                bool atEnd = k == e || !CharClass.IsLetterOrDigitOrMark(text[k]);
                var suffix = text[(j + 1)..k];
                if (atEnd && IsContractionSuffix(suffix)) return j;
                if (atEnd && (suffix is "t" or "T") && j - 1 > i && (text[j - 1] is 'n' or 'N')) return j - 1;
                j = k; // O'Brien, d'Ivoire
                continue;
            }
            if (c == '&' && j > i && char.IsUpper(text[j - 1]) && j + 1 < e && char.IsUpper(text[j + 1]))
            {
                j++;
                continue;
            }
            return j;
        }
    }

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int k, int e)
    {
        if (k + 3 > e) return false;
        if (!CharClass.IsDigit(text[k]) || !CharClass.IsDigit(text[k + 1]) || !CharClass.IsDigit(text[k + 2])) return false;
        return k + 3 == e || !CharClass.IsDigit(text[k + 3]);
    }

    /// <summary>After "U." in "U.S.": the abbreviation continues while runs stay short and end in periods.</summary>
    private static bool LooksLikeAbbreviationContinues(ReadOnlySpan<char> text, int k, int e)
    {
        int run = 0;
        while (k < e && CharClass.IsAsciiLetter(text[k])) { k++; run++; }
        return run is > 0 and <= 3 && (k < e && text[k] == '.');
    }

    private static bool IsContractionSuffix(ReadOnlySpan<char> s) =>
        s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("re", StringComparison.OrdinalIgnoreCase) ||
        s.Equals("ve", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase) ||
        s.Equals("d", StringComparison.OrdinalIgnoreCase) || s.Equals("m", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for known abbreviations and for letter-period patterns (U.S., a.m., Ph.D., J.).</summary>
    internal bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.') return false;
        if (_keepWhole.Contains(word)) return true;
        // single capital initial: "J."
        if (word.Length == 2) return char.IsUpper(word[0]);
        // pattern: (letters{1,2} '.'){2,}
        int groups = 0;
        int i = 0;
        while (i < word.Length)
        {
            int run = 0;
            while (i < word.Length && char.IsLetter(word[i])) { i++; run++; }
            if (run is 0 or > 2 || i >= word.Length || word[i] != '.') return false;
            i++;
            groups++;
        }
        return groups >= 2;
    }

    private static TokenKind ClassifyWord(ReadOnlySpan<char> w)
    {
        bool anyLetter = false;
        bool anyDigit = false;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (CharClass.IsDigit(c)) anyDigit = true;
            else if (char.IsLetter(c)) anyLetter = true;
        }
        if (anyDigit && !anyLetter) return TokenKind.Number;
        if (anyLetter || anyDigit) return TokenKind.Word;
        return TokenKind.Other;
    }

    private static bool IsHandle(ReadOnlySpan<char> body)
    {
        if (body.Length < 2) return false;
        bool letter = false;
        for (int i = 1; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '_' || CharClass.IsDigit(c)) continue;
            if (char.IsLetter(c)) { letter = true; continue; }
            return false;
        }
        return letter;
    }

    private static bool IsEmail(ReadOnlySpan<char> body)
    {
        int at = body.IndexOf('@');
        if (at <= 0 || at != body.LastIndexOf('@') || at == body.Length - 1) return false;
        var local = body[..at];
        var domain = body[(at + 1)..];
        int dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot >= domain.Length - 2) return false;
        foreach (char c in local)
        {
            if (!(CharClass.IsLetterOrDigitOrMark(c) || c is '.' or '_' or '-' or '+' or '%')) return false;
        }
        foreach (char c in domain)
        {
            if (!(CharClass.IsLetterOrDigitOrMark(c) || c is '.' or '-')) return false;
        }
        return true;
    }

    private static readonly string[] SchemePrefixes = ["http://", "https://", "ftp://", "www."];

    /// <summary>A URL: a scheme or www. prefix, or a dotted host name followed by a path.</summary>
    private static bool IsUrl(ReadOnlySpan<char> body, out int length)
    {
        length = body.Length;
        foreach (var p in SchemePrefixes)
        {
            if (body.Length > p.Length + 2 && body.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        int slash = body.IndexOf('/');
        var host = slash < 0 ? body : body[..slash];
        int dots = 0;
        int lastDot = -1;
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (c == '.')
            {
                if (i == 0 || i == lastDot + 1) return false;
                dots++;
                lastDot = i;
            }
            else if (!(CharClass.IsAsciiLetter(c) || CharClass.IsDigit(c) || c == '-'))
            {
                return false;
            }
        }
        if (dots == 0 || lastDot >= host.Length - 2) return false;
        var tld = host[(lastDot + 1)..];
        foreach (char c in tld)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }
        if (slash >= 0 && slash < body.Length - 1) return true;
        return TopLevelDomains.Contains(tld);
    }

    private static readonly SpanStringSet TopLevelDomains = new(
        ["com", "org", "net", "gov", "edu", "mil", "int", "io", "info", "news", "co", "ly", "tv", "me", "mx", "uk", "eu", "ca", "de", "fr", "es", "ru", "cn", "jp", "in", "br", "ar", "au", "ch", "it", "nl", "se", "no", "pl", "ua", "il", "tr", "za", "ng", "ke", "pk", "gob", "int"],
        ignoreCase: false);

    private static int ScanEmoji(ReadOnlySpan<char> text, int i, int e)
    {
        int j = i;
        while (j < e)
        {
            if (char.IsHighSurrogate(text[j]) && j + 1 < e && char.IsLowSurrogate(text[j + 1])) j += 2;
            else j++;
            // modifiers: variation selectors, skin tones (surrogate pairs D83C DFFB..DFFF), keycap, ZWJ continuation
            while (j < e)
            {
                char c = text[j];
                if (c is '\uFE0F' or '\uFE0E' or '\u20E3') { j++; continue; }
                if (c == '\uD83C' && j + 1 < e && text[j + 1] is >= '\uDFFB' and <= '\uDFFF') { j += 2; continue; }
                break;
            }
            if (j < e && text[j] == '\u200D' && j + 1 < e && (char.IsHighSurrogate(text[j + 1]) || char.GetUnicodeCategory(text[j + 1]) == UnicodeCategory.OtherSymbol))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private static bool IsEmojiCodePoint(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
        int cp = char.ConvertToUtf32(text[i], text[i + 1]);
        return cp is >= 0x1F000 and <= 0x1FAFF;
    }

    private static void EmitSymbol(ReadOnlySpan<char> text, int s, int e, List<Token> output)
    {
        char c = text[s];
        var cat = char.GetUnicodeCategory(c);
        TokenKind kind = cat switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol => TokenKind.Symbol,
            UnicodeCategory.OtherSymbol => c is >= '\u2600' and <= '\u27BF' ? TokenKind.Emoji : TokenKind.Symbol,
            UnicodeCategory.OtherPunctuation when c is '%' or '&' or '@' or '#' or '*' or '\\' or '/' => TokenKind.Symbol,
            _ when char.IsPunctuation(c) => TokenKind.Punctuation,
            _ when char.IsSurrogate(c) => TokenKind.Other,
            _ => TokenKind.Other,
        };
        Emit(text, s, e, kind, output);
    }

    private static void Emit(ReadOnlySpan<char> text, int s, int e, TokenKind kind, List<Token> output)
    {
        output.Add(new Token(s, e - s, kind, TokenShape.ComputeFlags(text[s..e], kind)));
    }
}
