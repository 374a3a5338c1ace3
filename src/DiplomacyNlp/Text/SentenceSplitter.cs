namespace DiplomacyNlp.Text;

/// <summary>
/// Splits a token sequence into sentences. Rule-based and abbreviation-aware: "U.S. officials said" stays one
/// sentence, "in the U.S. The next day" splits; closing quotes and brackets stay with their sentence; blank
/// lines, bullets and headlines without final punctuation end a sentence. Thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>The default splitter.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Creates a splitter.</summary>
    /// <param name="maxTokensPerSentence">A sentence longer than this is cut at the limit (a run-on list, a table dump).</param>
    public SentenceSplitter(int maxTokensPerSentence = 400)
    {
        if (maxTokensPerSentence < 8) throw new ArgumentOutOfRangeException(nameof(maxTokensPerSentence), maxTokensPerSentence, "Allow at least 8 tokens per sentence.");
        MaxTokensPerSentence = maxTokensPerSentence;
    }

    /// <summary>A sentence is cut after this many tokens.</summary>
    public int MaxTokensPerSentence { get; }

    private static readonly SpanStringSet SentenceStarters = new(
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "In", "On", "At", "But", "And",
        "However", "Meanwhile", "Also", "After", "Before", "During", "Earlier", "Later", "There", "His", "Her", "Their", "Our", "Its",
        "When", "While", "As", "If", "For", "According", "Officials", "Both", "Some", "Many", "Most", "No", "Yet", "Still", "Since", "Last", "Next",
    ], ignoreCase: false);

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences, appending to <paramref name="output"/>.</summary>
    public void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> output) => Split(text, tokens, output, CancellationToken.None);

    /// <summary>As <see cref="Split(ReadOnlySpan{char}, IReadOnlyList{Token}, List{Sentence})"/>, checking <paramref name="cancellationToken"/> periodically.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        int count = tokens.Count;
        if (count == 0) return;
        int first = 0;
        int steps = 0;
        bool hardWrapped = IsHardWrapped(text);
        for (int k = 0; k < count; k++)
        {
            if ((++steps & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            int last = k;
            bool boundary = false;
            if (k == count - 1)
            {
                boundary = true;
            }
            else
            {
                var t = tokens[k];
                var next = tokens[k + 1];
                int newlines = CountNewlines(text, t.End, next.Start);
                if (newlines >= 2)
                {
                    boundary = !StartsLower(text, next);
                }
                else if (IsTerminal(text, t))
                {
                    // absorb closing quotes and brackets that follow directly
                    int j = k + 1;
                    while (j < count && IsCloser(text, tokens[j]) && (tokens[j].Start == tokens[j - 1].End || text[tokens[j].Start] is ')' or '\u201D' or ']'))
                    {
                        j++;
                    }
                    last = j - 1;
                    if (j >= count)
                    {
                        last = count - 1;
                        boundary = true;
                    }
                    else
                    {
                        var after = tokens[j];
                        boundary = !StartsLower(text, after) || CountNewlines(text, tokens[j - 1].End, after.Start) > 0;
                    }
                }
                else if (t.Kind == TokenKind.Word && t.Has(TokenFlags.Abbreviation))
                {
                    boundary = AbbreviationEndsSentence(text, t, next, newlines);
                }
                else if (newlines == 1)
                {
                    boundary = LineBreakEndsSentence(text, t, next, hardWrapped);
                }
            }
            if (!boundary && last - first + 1 >= MaxTokensPerSentence) boundary = true;
            if (boundary)
            {
                Add(tokens, first, last, output);
                first = last + 1;
                k = last;
            }
        }
        if (first < count) Add(tokens, first, count - 1, output);
    }

    /// <summary>Splits and returns a new list.</summary>
    public List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Sentence>();
        Split(text.AsSpan(), tokens, list);
        return list;
    }

    private static void Add(IReadOnlyList<Token> tokens, int first, int last, List<Sentence> output)
    {
        var span = SourceSpan.FromBounds(tokens[first].Start, tokens[last].End);
        output.Add(new Sentence(span, first, last - first + 1));
    }

    private static bool AbbreviationEndsSentence(ReadOnlySpan<char> text, Token t, Token next, int newlines)
    {
        var word = text.Slice(t.Start, t.Length);
        if (Abbreviations.IsTitle(word)) return false;
        if (newlines >= 1) return !StartsLower(text, next);
        if (next.Kind != TokenKind.Word) return next.Kind == TokenKind.Punctuation && IsOpeningQuote(text, next);
        return SentenceStarters.Contains(text.Slice(next.Start, next.Length));
    }

    private static bool LineBreakEndsSentence(ReadOnlySpan<char> text, Token t, Token next, bool hardWrapped)
    {
        if (IsBulletToken(text, next)) return true;
        if (StartsLower(text, next)) return false;
        // In hard-wrapped text a full-width line runs on ("talks between the\nPresident of …"); short lines (a byline,
        // a headline) still end.
        if (hardWrapped && t.Kind == TokenKind.Word && LineLength(text, t.End) >= MinWrappedLine) return false;
        // A line that ends in a comma, a hyphen, a conjunction or a lowercase function word continues.
        if (t.Kind == TokenKind.Punctuation)
        {
            char c = text[t.Start];
            return !(c is ',' or '-' or ':' or ';' or '(' or '\u2013' or '\u2014');
        }
        if (t.Kind == TokenKind.Word && t.Has(TokenFlags.AllLower)) return t.Length > 3;
        // Any other word at the end of a line followed by a capitalized line: a headline, a dateline, a signature, or a
        // paragraph that lacks its full stop.
        return true;
    }

    /// <summary>Lines at least this long count as full-width lines of hard-wrapped text.</summary>
    private const int MinWrappedLine = 30;

    /// <summary>Lines longer than this are paragraphs on one line, not wrapped text.</summary>
    private const int MaxWrappedLine = 100;

    /// <summary>
    /// True when the text is hard-wrapped (wire copy, e-mail): at least three lines of 30 to 100 characters end without
    /// final punctuation right before another non-empty line, and they are at least half of the lines followed by one.
    /// </summary>
    private static bool IsHardWrapped(ReadOnlySpan<char> text)
    {
        int pairs = 0, wrapped = 0;
        int start = 0;
        while (start < text.Length)
        {
            int nl = text[start..].IndexOf('\n');
            if (nl < 0) break;
            var line = text.Slice(start, nl).TrimEnd('\r').TrimEnd(' ');
            int next = start + nl + 1;
            bool nextNonEmpty = next < text.Length && text[next] is not ('\n' or '\r');
            if (line.Length > 0 && nextNonEmpty)
            {
                pairs++;
                char last = line[^1];
                if (line.Length is >= MinWrappedLine and <= MaxWrappedLine && last is not ('.' or '!' or '?' or ':' or '"' or '\u201D')) wrapped++;
            }
            start = next;
        }
        return wrapped >= 3 && wrapped * 2 >= pairs;
    }

    /// <summary>The length of the line that ends at <paramref name="end"/>.</summary>
    private static int LineLength(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (start > 0 && text[start - 1] != '\n') start--;
        return end - start;
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        return c is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation || t.Length != 1) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';
    }

    private static bool IsOpeningQuote(ReadOnlySpan<char> text, Token t)
    {
        char c = text[t.Start];
        return c is '"' or '\u201C' or '(' or '\u2018';
    }

    private static bool IsBulletToken(ReadOnlySpan<char> text, Token t)
    {
        if (t.Length != 1) return false;
        char c = text[t.Start];
        return CharClass.IsBullet(c) || (t.Has(TokenFlags.LineStart) && c is '*' or '-' or '\u2013' or '\u2014');
    }

    private static bool StartsLower(ReadOnlySpan<char> text, Token t) => t.Kind == TokenKind.Word && char.IsLower(text[t.Start]);

    private static int CountNewlines(ReadOnlySpan<char> text, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' || text[i] == '\u2029') n++;
            else if (text[i] == '\r' && (i + 1 >= to || text[i + 1] != '\n')) n++;
        }
        return n;
    }
}
