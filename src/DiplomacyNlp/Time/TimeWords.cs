namespace DiplomacyNlp.Time;

/// <summary>
/// The small closed vocabularies of English time expressions (months, weekdays, relative words, units, number words)
/// and the tense cues around them. Every lookup works on a span and allocates nothing.
/// </summary>
internal static class TimeWords
{
    private const int MaxWord = 16;

    /// <summary>Copies <paramref name="word"/> into <paramref name="buffer"/> in lowercase and returns the filled part, or an empty span when the word is too long.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return ReadOnlySpan<char>.Empty;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return buffer[..word.Length];
    }

    /// <summary>The month (1–12) a full or abbreviated month name denotes ("September", "Sept.", "Sep"), or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        if (w.Length > 0 && w[^1] == '.') w = w[..^1];
        return w switch
        {
            "january" or "jan" => 1,
            "february" or "feb" => 2,
            "march" or "mar" => 3,
            "april" or "apr" => 4,
            "may" => 5,
            "june" or "jun" => 6,
            "july" or "jul" => 7,
            "august" or "aug" => 8,
            "september" or "sep" or "sept" => 9,
            "october" or "oct" => 10,
            "november" or "nov" => 11,
            "december" or "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>True when the month word is an abbreviation ("Jan.", "Sep", "Sept"); abbreviations need a day or year beside them.</summary>
    public static bool IsAbbreviatedMonth(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[^1] == '.' || (word.Length == 3 && !word.Equals("May", StringComparison.OrdinalIgnoreCase)) || word.Equals("Sept", StringComparison.OrdinalIgnoreCase));

    /// <summary>The weekday a full weekday name denotes, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w switch
        {
            "monday" => DayOfWeek.Monday,
            "tuesday" => DayOfWeek.Tuesday,
            "wednesday" => DayOfWeek.Wednesday,
            "thursday" => DayOfWeek.Thursday,
            "friday" => DayOfWeek.Friday,
            "saturday" => DayOfWeek.Saturday,
            "sunday" => DayOfWeek.Sunday,
            _ => null,
        };
    }

    /// <summary>Day offset of "today", "tonight", "yesterday", "tomorrow"; null for other words.</summary>
    public static int? RelativeDay(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w switch
        {
            "today" or "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => null,
        };
    }

    /// <summary>The calendar unit a word names ("week", "months", "weekend").</summary>
    public static TimeUnit Unit(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w switch
        {
            "day" or "days" => TimeUnit.Day,
            "week" or "weeks" => TimeUnit.Week,
            "weekend" => TimeUnit.Weekend,
            "month" or "months" => TimeUnit.Month,
            "year" or "years" => TimeUnit.Year,
            _ => TimeUnit.None,
        };
    }

    /// <summary>The value of a small cardinal written as a word or digits ("two", "3", "a"), or -1.</summary>
    public static int SmallNumber(ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return n;
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => -1,
        };
    }

    /// <summary>The day of month written as digits or an ordinal ("3", "03", "3rd", "23rd", "3-5" gives 3), or 0.</summary>
    public static int DayOfMonth(ReadOnlySpan<char> word)
    {
        int i = 0, value = 0;
        while (i < word.Length && i < 2 && char.IsAsciiDigit(word[i])) { value = value * 10 + (word[i] - '0'); i++; }
        if (i == 0 || value is < 1 or > 31) return 0;
        var rest = word[i..];
        if (rest.Length == 0) return value;
        if (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
            rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)) return value;
        // A range "3-5" or "3–5": the first day.
        if ((rest[0] is '-' or '\u2013') && rest.Length >= 2 && char.IsAsciiDigit(rest[1])) return value;
        return 0;
    }

    /// <summary>A four-digit year between 1900 and 2100, or 0.</summary>
    public static int Year(ReadOnlySpan<char> word)
    {
        if (word.Length != 4) return 0;
        int y = 0;
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c)) return 0;
            y = y * 10 + (c - '0');
        }
        return y is >= 1900 and <= 2100 ? y : 0;
    }

    /// <summary>The early/mid/late part-of-period modifier, or null.</summary>
    public static bool IsPartModifier(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w is "early" or "mid" or "late" or "mid-" or "earlier" or "later";
    }

    /// <summary>Prepositions that are kept as part of a time expression's text ("on Thursday", "in February").</summary>
    public static bool IsLeadingPreposition(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w is "on" or "in" or "during";
    }

    /// <summary>Words before a bare month or year that make it a date ("since March", "by 2026").</summary>
    public static bool IsTemporalIntroducer(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w is "in" or "on" or "during" or "since" or "by" or "until" or "till" or "through" or "throughout" or "from" or "before" or "after"
            or "of" or "early" or "mid" or "late" or "last" or "next" or "this" or "between" or "and" or "to" or "around" or "as" or "within";
    }

    /// <summary>The tense a word signals when it governs a time expression.</summary>
    public static TenseCue Tense(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        switch (w)
        {
            case "will" or "'ll" or "shall" or "wo" or "would" or "scheduled" or "upcoming" or "expected" or "due" or "plans" or "plan"
                or "forthcoming" or "next" or "coming" or "later" or "tomorrow":
                return TenseCue.Future;
            case "was" or "were" or "had" or "did" or "said" or "says" or "told" or "met" or "held" or "spoke" or "signed" or "agreed" or "announced"
                or "visited" or "took" or "made" or "came" or "went" or "began" or "last" or "ago" or "earlier" or "previous" or "recent" or "recently"
                or "yesterday" or "has" or "have" or "hosted" or "received" or "called" or "reached" or "issued" or "released" or "discussed" or "gave"
                or "left" or "arrived" or "travelled" or "traveled" or "struck" or "sent" or "saw" or "won" or "lost" or "became":
                return TenseCue.Past;
            default:
                return TenseCue.None;
        }
    }

    /// <summary>Forms of "be" that precede a participle in a passive ("will be held", "was signed").</summary>
    public static bool IsBeForm(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[MaxWord];
        var w = Lower(word, buf);
        return w is "be" or "been" or "being" or "is" or "are" or "am" or "'s" or "'re";
    }
}

/// <summary>A calendar unit named by a word.</summary>
internal enum TimeUnit
{
    /// <summary>Not a unit.</summary>
    None,
    /// <summary>Day.</summary>
    Day,
    /// <summary>Week.</summary>
    Week,
    /// <summary>Weekend.</summary>
    Weekend,
    /// <summary>Month.</summary>
    Month,
    /// <summary>Year.</summary>
    Year,
}

/// <summary>The tense the context of a time expression signals.</summary>
internal enum TenseCue
{
    /// <summary>No cue.</summary>
    None,
    /// <summary>Past or perfect.</summary>
    Past,
    /// <summary>Future or scheduled.</summary>
    Future,
}
