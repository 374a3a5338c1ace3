using DiplomacyNlp.Text;

namespace DiplomacyNlp.Time;

/// <summary>
/// A rule-based recognizer and normalizer of English time expressions in news text: weekdays ("on Thursday",
/// "last Friday"), relative days ("today", "yesterday"), relative periods ("last week", "next month", "this year",
/// "later this year"), counts ("two days ago", "in three weeks"), calendar dates ("January 23", "Jan. 23rd",
/// "September 3, 2025", "3 September 2025", "2025-09-03"), months and years with or without a part
/// ("in February", "early March", "mid-2025", "in 2024").
/// <para>
/// Values are resolved against the document's publication date. Where the text leaves a year or a direction open
/// ("January 23", "on Thursday"), the tense around the expression decides ("will meet on Thursday" looks forward,
/// "met on Thursday" back). Without a publication date only what is written is kept: "January 23" becomes the
/// partial value "--01-23", "in February" "--02", and "on Thursday" stays unresolved (null). Nothing is invented.
/// </para>
/// Thread-safe and allocation-light: it reads token spans in place and allocates only the expressions it returns.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    private const int TenseWindow = 12;

    /// <summary>Frequent function words that open an expression only when the next token is temporal ("in February", "the end of", "a week ago", "this year").</summary>
    private static readonly SpanStringSet OpenerWords = new(
        ["on", "in", "during", "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "this", "last", "next", "coming", "early", "late", "later", "earlier", "mid"],
        ignoreCase: true);

    /// <summary>Nouns after "the" or "this" that continue a time expression.</summary>
    private static readonly SpanStringSet PartNouns = new(["end", "beginning", "start", "middle", "morning", "afternoon", "evening", "night"], ignoreCase: true);

    /// <summary>Every word an expression can start with (case-insensitive).</summary>
    private static readonly SpanStringSet StartWords = new(
    [
        "on", "in", "during", "the", "early", "mid", "late", "earlier", "later", "last", "next", "coming", "this",
        "today", "tonight", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ], ignoreCase: true);

    /// <summary>The shared instance.</summary>
    public static TimeExpressionRecognizer Default { get; } = new();

    /// <summary>Recognizes the time expressions of a tokenized, sentence-split text, appending them to <paramref name="output"/> in text order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences (expressions never cross a sentence boundary).</param>
    /// <param name="reference">The publication date relative expressions are resolved against, or null.</param>
    /// <param name="output">Receives the matches.</param>
    public void Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, DateOnly? reference, List<TimeMatch> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(output);
        var scan = new Scanner(text, tokens);
        foreach (var s in sentences)
        {
            int lastEnd = -1;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (!scan.MayStart(i, s.EndToken)) continue;
                int core = i;
                bool prep = TimeWords.IsLeadingPreposition(scan.W(i)) && i + 1 < s.EndToken;
                if (prep) core = i + 1;
                if (!scan.TryParse(core, s.EndToken, lastEnd, out var value, out int end))
                {
                    if (!prep || !scan.TryParse(i, s.EndToken, lastEnd, out value, out end)) continue;
                    prep = false;
                    core = i;
                }
                int first = prep ? i : core;
                var tense = scan.TenseAround(first, end, s.FirstToken, s.EndToken);
                var (v, granularity, future) = value.Resolve(reference, tense);
                int startChar = tokens[first].Start, endChar = tokens[end - 1].End;
                output.Add(new TimeMatch(first, end - first, core, new TimeExpression
                {
                    Span = SourceSpan.FromBounds(startChar, endChar),
                    Text = text.Substring(startChar, endChar - startChar),
                    Value = v,
                    Granularity = v is null ? TimeGranularity.Unresolved : granularity,
                    IsFuture = future,
                }));
                lastEnd = end;
                i = end - 1;
            }
        }
    }

    /// <summary>Tokenizes, splits and recognizes <paramref name="text"/> (a convenience for tests and one-off use).</summary>
    public IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        var matches = new List<TimeMatch>();
        Recognize(text, tokens, sentences, reference, matches);
        var result = new TimeExpression[matches.Count];
        for (int i = 0; i < matches.Count; i++) result[i] = matches[i].Expression;
        return result;
    }

    /// <summary>A read-only view over the tokens with the parsing rules.</summary>
    private readonly ref struct Scanner
    {
        private readonly string _text;
        private readonly IReadOnlyList<Token> _tokens;

        public Scanner(string text, IReadOnlyList<Token> tokens)
        {
            _text = text;
            _tokens = tokens;
        }

        public ReadOnlySpan<char> W(int i) => _tokens[i].AsSpan(_text);

        private bool Is(int i, int end, string word) => i < end && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool Upper(int i) => _tokens[i].Has(TokenFlags.InitialUpper);

        /// <summary>
        /// A cheap first filter: could an expression start at token <paramref name="i"/>? One hashed lookup per word,
        /// and for the frequent function words that can open an expression ("in", "the", "a", "this") a look at the next token.
        /// </summary>
        public bool MayStart(int i, int sentenceEnd)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind != TokenKind.Word) return false;
            var w = W(i);
            if (StartWords.Contains(w))
            {
                if (!OpenerWords.Contains(w)) return true;
                if (i + 1 >= sentenceEnd) return false;
                var next = _tokens[i + 1];
                var nw = W(i + 1);
                if (w.Equals("the", StringComparison.OrdinalIgnoreCase)) return PartNouns.Contains(nw);
                if (next.Kind == TokenKind.Number) return true;
                if (next.Kind != TokenKind.Word) return false;
                if (next.Has(TokenFlags.InitialUpper)) return true;
                if (StartWords.Contains(nw) || TimeWords.Unit(nw) != TimeUnit.None || PartNouns.Contains(nw)) return true;
                int h = nw.IndexOf('-');
                return h > 0 && StartWords.Contains(nw[..h]);
            }
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && StartWords.Contains(w[..hyphen])) return true;
            return t.Has(TokenFlags.HasDigit) && TimeWords.DayOfMonth(w) > 0;
        }

        /// <summary>Parses an expression that starts exactly at <paramref name="j"/>; <paramref name="end"/> is the parse end (exclusive).</summary>
        public bool TryParse(int j, int sentenceEnd, int lastMatchEnd, out TimeValue value, out int end)
        {
            value = default;
            end = -1;
            if (j >= sentenceEnd) return false;
            var w = W(j);
            bool introduced = j > 0 && IntroducedAt(j, lastMatchEnd);

            // "the end of March", "the beginning of 2026", "the middle of next month"
            if (Is(j, sentenceEnd, "the") && j + 2 < sentenceEnd && Is(j + 2, sentenceEnd, "of"))
            {
                var part = W(j + 1);
                if (part.Equals("end", StringComparison.OrdinalIgnoreCase) || part.Equals("beginning", StringComparison.OrdinalIgnoreCase) ||
                    part.Equals("start", StringComparison.OrdinalIgnoreCase) || part.Equals("middle", StringComparison.OrdinalIgnoreCase))
                {
                    return TryMonthOrYear(j + 3, sentenceEnd, forceIntroduced: true, out value, out end) || TryShifted(j + 3, sentenceEnd, out value, out end);
                }
            }

            // early/mid/late + month or year; earlier/later + this/today
            if (TimeWords.IsPartModifier(w))
            {
                bool later = w.Equals("later", StringComparison.OrdinalIgnoreCase);
                bool comparative = later || w.Equals("earlier", StringComparison.OrdinalIgnoreCase);
                if (comparative)
                {
                    if (j + 1 < sentenceEnd && TimeWords.RelativeDay(W(j + 1)) == 0)
                    {
                        value = new TimeValue { Kind = TimeValueKind.RelativeDay, Shift = 0, Later = later };
                        end = j + 2;
                        return true;
                    }
                    if (Is(j + 1, sentenceEnd, "this") && j + 2 < sentenceEnd && TimeWords.Unit(W(j + 2)) is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                    {
                        value = new TimeValue { Kind = TimeValueKind.RelativePeriod, Unit = TimeWords.Unit(W(j + 2)), Shift = 0, HasShiftWord = true, Later = later };
                        end = j + 3;
                        return true;
                    }
                    return false;
                }
                if (TryMonthOrYear(j + 1, sentenceEnd, forceIntroduced: true, out value, out end)) return true;
                if (TryShifted(j + 1, sentenceEnd, out value, out end) && value.Kind != TimeValueKind.Weekday) return true;
                return false;
            }

            // "mid-2025", "early-March"
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && _tokens[j].Kind == TokenKind.Word)
            {
                var head = w[..hyphen];
                var rest = w[(hyphen + 1)..];
                if (head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("early", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase))
                {
                    int y = TimeWords.Year(rest);
                    if (y > 0)
                    {
                        value = new TimeValue { Kind = TimeValueKind.Date, Year = y };
                        end = j + 1;
                        return true;
                    }
                    int m = TimeWords.Month(rest);
                    if (m > 0 && !TimeWords.IsAbbreviatedMonth(rest))
                    {
                        int year = j + 1 < sentenceEnd ? TimeWords.Year(W(j + 1)) : 0;
                        value = new TimeValue { Kind = TimeValueKind.Date, Month = m, Year = year };
                        end = year > 0 ? j + 2 : j + 1;
                        return true;
                    }
                }
                return false;
            }

            // 2025-09-03
            if (_tokens[j].Kind == TokenKind.Number && w.Length == 10 && w[4] == '-' && w[7] == '-')
            {
                int y = TimeWords.Year(w[..4]);
                if (y > 0 && int.TryParse(w.Slice(5, 2), out int m) && int.TryParse(w.Slice(8, 2), out int d) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                {
                    value = new TimeValue { Kind = TimeValueKind.Date, Year = y, Month = m, Day = d };
                    end = j + 1;
                    return true;
                }
                return false;
            }

            // today, yesterday, tomorrow, tonight (+ morning/afternoon/evening/night)
            if (TimeWords.RelativeDay(w) is { } offset)
            {
                value = new TimeValue { Kind = TimeValueKind.RelativeDay, Shift = offset };
                end = j + 1;
                return true;
            }

            // last/next/this/coming + weekday, unit or month
            if (TryShifted(j, sentenceEnd, out value, out end)) return true;

            // weekday
            if (Upper(j) && TimeWords.Weekday(w) is { } dow)
            {
                value = new TimeValue { Kind = TimeValueKind.Weekday, Weekday = dow };
                end = j + 1;
                if (end < sentenceEnd && IsPartOfDay(W(end))) end++;
                return true;
            }

            // N units ago / in N units
            int n = TimeWords.SmallNumber(w);
            if (n > 0 && j + 1 < sentenceEnd)
            {
                var unit = TimeWords.Unit(W(j + 1));
                if (unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                {
                    if (Is(j + 2, sentenceEnd, "ago"))
                    {
                        value = new TimeValue { Kind = TimeValueKind.Ago, Unit = unit, Shift = n };
                        end = j + 3;
                        return true;
                    }
                    if (j > 0 && W(j - 1).Equals("in", StringComparison.OrdinalIgnoreCase) && !Is(j + 2, sentenceEnd, "of"))
                    {
                        value = new TimeValue { Kind = TimeValueKind.After, Unit = unit, Shift = n };
                        end = j + 2;
                        return true;
                    }
                }
            }

            // 3 September 2025, 3rd of September
            int dom = TimeWords.DayOfMonth(w);
            if (dom > 0 && j + 1 < sentenceEnd)
            {
                int k = j + 1;
                if (Is(k, sentenceEnd, "of")) k++;
                if (k < sentenceEnd && Upper(k))
                {
                    int m = TimeWords.Month(W(k));
                    if (m > 0 && ValidDay(0, m, dom))
                    {
                        int y = k + 1 < sentenceEnd ? TimeWords.Year(W(k + 1)) : 0;
                        if (y > 0 && !ValidDay(y, m, dom)) return false;
                        value = new TimeValue { Kind = TimeValueKind.Date, Year = y, Month = m, Day = dom };
                        end = y > 0 ? k + 2 : k + 1;
                        return true;
                    }
                }
            }

            return TryMonthOrYear(j, sentenceEnd, introduced, out value, out end);
        }

        /// <summary>last/next/this/coming + weekday, unit ("week", "weekend", "month", "year") or month; "this morning".</summary>
        private bool TryShifted(int j, int sentenceEnd, out TimeValue value, out int end)
        {
            value = default;
            end = -1;
            if (j + 1 >= sentenceEnd) return false;
            var w = W(j);
            int shift;
            if (w.Equals("last", StringComparison.OrdinalIgnoreCase)) shift = -1;
            else if (w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase)) shift = 1;
            else if (w.Equals("this", StringComparison.OrdinalIgnoreCase)) shift = 0;
            else return false;
            var x = W(j + 1);
            if (TimeWords.Weekday(x) is { } dow && Upper(j + 1))
            {
                value = new TimeValue { Kind = TimeValueKind.Weekday, Weekday = dow, Shift = shift, HasShiftWord = true };
                end = j + 2;
                if (end < sentenceEnd && IsPartOfDay(W(end))) end++;
                return true;
            }
            var unit = TimeWords.Unit(x);
            if (unit is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year && !x.EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                value = new TimeValue { Kind = TimeValueKind.RelativePeriod, Unit = unit, Shift = shift, HasShiftWord = true };
                end = j + 2;
                return true;
            }
            if (shift == 0 && IsPartOfDay(x) && !x.Equals("night", StringComparison.OrdinalIgnoreCase))
            {
                value = new TimeValue { Kind = TimeValueKind.RelativeDay, Shift = 0 };
                end = j + 2;
                return true;
            }
            int m = TimeWords.Month(x);
            if (m > 0 && Upper(j + 1) && !TimeWords.IsAbbreviatedMonth(x))
            {
                value = new TimeValue { Kind = TimeValueKind.Date, Month = m, Shift = shift, HasShiftWord = true };
                end = j + 2;
                return true;
            }
            return false;
        }

        /// <summary>Month [day] [, year]; month year; bare month or year after an introducing word.</summary>
        private bool TryMonthOrYear(int j, int sentenceEnd, bool forceIntroduced, out TimeValue value, out int end)
        {
            value = default;
            end = -1;
            if (j >= sentenceEnd) return false;
            var w = W(j);
            int m = TimeWords.Month(w);
            if (m > 0 && Upper(j))
            {
                bool abbreviated = TimeWords.IsAbbreviatedMonth(w);
                if (j + 1 < sentenceEnd)
                {
                    var next = _tokens[j + 1];
                    int dom = TimeWords.DayOfMonth(W(j + 1));
                    if (dom > 0 && (next.Kind == TokenKind.Number || next.Kind == TokenKind.Word) && TimeWords.Year(W(j + 1)) == 0 && ValidDay(0, m, dom))
                    {
                        int k = j + 2;
                        if (Is(k, sentenceEnd, ",") && k + 1 < sentenceEnd && TimeWords.Year(W(k + 1)) > 0) k++;
                        int y = k < sentenceEnd ? TimeWords.Year(W(k)) : 0;
                        if (y > 0 && !ValidDay(y, m, dom)) return false;
                        value = new TimeValue { Kind = TimeValueKind.Date, Year = y, Month = m, Day = dom };
                        end = y > 0 ? k + 1 : j + 2;
                        return true;
                    }
                    int year = TimeWords.Year(W(j + 1));
                    if (Is(j + 1, sentenceEnd, ",") && j + 2 < sentenceEnd) year = 0;
                    if (year > 0)
                    {
                        value = new TimeValue { Kind = TimeValueKind.Date, Year = year, Month = m };
                        end = j + 2;
                        return true;
                    }
                }
                if (abbreviated) return false;
                bool may = m == 5;
                if (!forceIntroduced) return false;
                if (may && j > 0 && !IsStrongIntroducer(W(j - 1))) return false;
                value = new TimeValue { Kind = TimeValueKind.Date, Month = m };
                end = j + 1;
                return true;
            }
            int yr = TimeWords.Year(w);
            if (yr > 0 && _tokens[j].Kind == TokenKind.Number && forceIntroduced)
            {
                value = new TimeValue { Kind = TimeValueKind.Date, Year = yr };
                end = j + 1;
                return true;
            }
            return false;
        }

        /// <summary>True when the word before <paramref name="j"/> introduces a bare month or year ("in", "since", "early", or "and" right after a date).</summary>
        private bool IntroducedAt(int j, int lastMatchEnd)
        {
            var prev = W(j - 1);
            if (TimeWords.IsTemporalIntroducer(prev)) return true;
            if (prev.Equals("and", StringComparison.OrdinalIgnoreCase) || prev.Equals("to", StringComparison.OrdinalIgnoreCase) ||
                prev.Equals("or", StringComparison.OrdinalIgnoreCase) || prev.Equals("-", StringComparison.Ordinal) || prev.Equals("\u2013", StringComparison.Ordinal))
            {
                return lastMatchEnd == j - 1;
            }
            return false;
        }

        private static bool IsStrongIntroducer(ReadOnlySpan<char> w) =>
            w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("early", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("mid", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("through", StringComparison.OrdinalIgnoreCase);

        private static bool IsPartOfDay(ReadOnlySpan<char> w) =>
            w.Equals("morning", StringComparison.OrdinalIgnoreCase) || w.Equals("afternoon", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("evening", StringComparison.OrdinalIgnoreCase) || w.Equals("night", StringComparison.OrdinalIgnoreCase);

        private static bool ValidDay(int year, int month, int day) => day <= (year > 0 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month));

        /// <summary>
        /// The tense of the clause around an expression: the nearest cue before it (skipping participles after "be",
        /// so "will be held on Friday" reads as future), else the first cue after it.
        /// </summary>
        public TenseCue TenseAround(int first, int end, int sentenceFirst, int sentenceEnd)
        {
            int stop = Math.Max(sentenceFirst, first - TenseWindow);
            for (int k = first - 1; k >= stop; k--)
            {
                var t = _tokens[k];
                if (t.Kind == TokenKind.Punctuation)
                {
                    var p = W(k);
                    if (p is ";" or ":" or "\u2014" or "\"" or "\u201C" or "\u201D") break;
                    continue;
                }
                // "agreed to convene … in April", "plans to visit … next week": the infinitive looks forward.
                if (W(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k > sentenceFirst && ForwardControl(W(k - 1))) return TenseCue.Future;
                var cue = CueAt(k);
                if (cue != TenseCue.None) return cue;
            }
            int limit = Math.Min(sentenceEnd, end + 8);
            for (int k = end; k < limit; k++)
            {
                var t = _tokens[k];
                if (t.Kind == TokenKind.Punctuation)
                {
                    var p = W(k);
                    if (p is ";" or ":" or "\u2014") break;
                    continue;
                }
                var cue = CueAt(k);
                if (cue != TenseCue.None) return cue;
            }
            return TenseCue.None;
        }

        private static bool ForwardControl(ReadOnlySpan<char> w)
        {
            Span<char> buf = stackalloc char[16];
            var l = TimeWords.Lower(w, buf);
            return l is "agreed" or "agree" or "agrees" or "decided" or "plans" or "plan" or "planned" or "planning" or "scheduled" or "set" or "due" or "expected"
                or "going" or "arranged" or "prepared" or "preparing" or "intends" or "intend" or "promised" or "pledged" or "vowed" or "is" or "are" or "aims" or "hopes"
                or "wants" or "offered" or "proposed" or "invited" or "expects" or "likely" or "ready" or "slated" or "poised";
        }

        private TenseCue CueAt(int k)
        {
            var w = W(k);
            var cue = TimeWords.Tense(w);
            // "set to" / "set for" look forward; "is to meet" too.
            if (cue == TenseCue.None && k + 1 < _tokens.Count)
            {
                var next = W(k + 1);
                bool set = w.Equals("set", StringComparison.OrdinalIgnoreCase) && (next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("for", StringComparison.OrdinalIgnoreCase));
                bool isTo = IsPresentBe(w) && next.Equals("to", StringComparison.OrdinalIgnoreCase);
                if (set || isTo) return TenseCue.Future;
            }
            var pos = _tokens[k].Pos;
            if (cue == TenseCue.None && (pos == PartOfSpeech.VBD || (pos == PartOfSpeech.None && IsPastParticipleShape(w))))
            {
                cue = TenseCue.Past;
            }
            if (cue == TenseCue.Past && (pos is PartOfSpeech.VBN or PartOfSpeech.None) && k > 0 && TimeWords.IsBeForm(W(k - 1)))
            {
                // A passive participle after "be"/"been": the auxiliary before it decides ("will be held", "has been signed").
                return TenseCue.None;
            }
            if (cue == TenseCue.Past && k > 0 && IsPresentBe(W(k - 1)) && (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("expected", StringComparison.OrdinalIgnoreCase)))
            {
                return TenseCue.Future;
            }
            return cue;
        }

        private static bool IsPresentBe(ReadOnlySpan<char> w) =>
            w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase) || w.Equals("'s", StringComparison.OrdinalIgnoreCase);

        private static bool IsPastParticipleShape(ReadOnlySpan<char> w) =>
            w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0]);
    }
}
