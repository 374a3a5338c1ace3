using System.Globalization;

namespace DiplomacyNlp.Time;

/// <summary>
/// What a time expression says before it is placed on the calendar: an absolute date (possibly without a year), a
/// weekday, a day relative to the publication date, a period relative to it ("last week"), or a count of units
/// before or after it ("two days ago", "in three weeks").
/// </summary>
internal readonly record struct TimeValue
{
    public TimeValueKind Kind { get; init; }

    /// <summary>Year, or 0 when not written.</summary>
    public int Year { get; init; }

    /// <summary>Month 1–12, or 0.</summary>
    public int Month { get; init; }

    /// <summary>Day 1–31, or 0.</summary>
    public int Day { get; init; }

    /// <summary>The weekday of a <see cref="TimeValueKind.Weekday"/>.</summary>
    public DayOfWeek Weekday { get; init; }

    /// <summary>The unit of a relative period or count.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>Direction: -1 "last", +1 "next", 0 "this" or none; the day offset of a relative day; the count of an "ago"/"in N" expression.</summary>
    public int Shift { get; init; }

    /// <summary>True when "last", "next", "this" or "coming" was written.</summary>
    public bool HasShiftWord { get; init; }

    /// <summary>"later this year", "later today": the period is still to come.</summary>
    public bool Later { get; init; }

    /// <summary>
    /// Places the value on the calendar against <paramref name="reference"/> (the publication date), using the
    /// tense of the context where the text leaves the year or the direction open. Nothing is invented: without a
    /// reference, only what the text itself gives is kept (a partial "--01-23" for "January 23"), else null.
    /// </summary>
    public (string? Value, TimeGranularity Granularity, bool IsFuture) Resolve(DateOnly? reference, TenseCue tense)
    {
        switch (Kind)
        {
            case TimeValueKind.Date:
                return ResolveDate(reference, tense);
            case TimeValueKind.Weekday:
                {
                    if (reference is not { } r) return (null, TimeGranularity.Unresolved, tense == TenseCue.Future);
                    int diff = ((int)Weekday - (int)r.DayOfWeek + 7) % 7; // days ahead to the next such weekday (0 = today)
                    int offset;
                    if (HasShiftWord && Shift < 0) offset = diff == 0 ? -7 : diff - 7;
                    else if (HasShiftWord && Shift > 0) offset = diff == 0 ? 7 : diff;
                    else if (tense == TenseCue.Future || Later) offset = diff == 0 ? 7 : diff;
                    else if (HasShiftWord && tense != TenseCue.Past) offset = diff; // "this Friday"
                    else offset = diff == 0 ? 0 : diff - 7;
                    var d = r.AddDays(offset);
                    return (DayValue(d), TimeGranularity.Day, d > r);
                }
            case TimeValueKind.RelativeDay:
                {
                    if (reference is not { } r) return (null, TimeGranularity.Unresolved, Shift > 0 || Later);
                    var d = r.AddDays(Shift);
                    return (DayValue(d), TimeGranularity.Day, d > r || Later);
                }
            case TimeValueKind.RelativePeriod:
                return ResolvePeriod(reference, Shift, Later);
            case TimeValueKind.Ago:
                return ResolveCount(reference, -Shift);
            case TimeValueKind.After:
                return ResolveCount(reference, Shift);
            default:
                return (null, TimeGranularity.Unresolved, false);
        }
    }

    private (string?, TimeGranularity, bool) ResolveDate(DateOnly? reference, TenseCue tense)
    {
        if (Year > 0)
        {
            if (Day > 0)
            {
                var d = new DateOnly(Year, Month, Day);
                return (DayValue(d), TimeGranularity.Day, reference is { } r && d > r);
            }
            if (Month > 0)
            {
                bool future = reference is { } r && (Year > r.Year || (Year == r.Year && Month > r.Month));
                return (MonthValue(Year, Month), TimeGranularity.Month, future || (Later && reference is null));
            }
            return (Year.ToString("D4", CultureInfo.InvariantCulture), TimeGranularity.Year, reference is { } ry && Year > ry.Year);
        }

        // No year written: choose it from the publication date and the tense.
        if (reference is not { } rf)
        {
            string partial = Day > 0
                ? "--" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture)
                : "--" + Month.ToString("D2", CultureInfo.InvariantCulture);
            return (partial, Day > 0 ? TimeGranularity.Day : TimeGranularity.Month, tense == TenseCue.Future || (HasShiftWord && Shift > 0));
        }
        if (Day > 0)
        {
            DateOnly? best = null;
            for (int y = rf.Year - 1; y <= rf.Year + 1; y++)
            {
                if (Day > DateTime.DaysInMonth(y, Month)) continue;
                var c = new DateOnly(y, Month, Day);
                best = Better(best, c, rf, tense);
            }
            if (best is not { } b) return (null, TimeGranularity.Unresolved, false);
            return (DayValue(b), TimeGranularity.Day, b > rf);
        }
        int refIndex = rf.Year * 12 + rf.Month - 1;
        int chosen;
        int sameYear = rf.Year * 12 + Month - 1;
        if (HasShiftWord && Shift < 0) chosen = sameYear < refIndex ? sameYear : sameYear - 12;
        else if (HasShiftWord && Shift > 0) chosen = sameYear > refIndex ? sameYear : sameYear + 12;
        else if (HasShiftWord) chosen = sameYear;
        else if (tense == TenseCue.Future) chosen = sameYear >= refIndex ? sameYear : sameYear + 12;
        else if (tense == TenseCue.Past) chosen = sameYear <= refIndex ? sameYear : sameYear - 12;
        else
        {
            int[] options = [sameYear - 12, sameYear, sameYear + 12];
            chosen = options[0];
            foreach (int o in options)
            {
                int dist = Math.Abs(o - refIndex), bestDist = Math.Abs(chosen - refIndex);
                if (dist < bestDist || (dist == bestDist && o < chosen)) chosen = o;
            }
        }
        return (MonthValue(chosen / 12, chosen % 12 + 1), TimeGranularity.Month, chosen > refIndex);
    }

    /// <summary>Of two candidate dates, the one that fits the tense, then the one nearer the reference (the earlier on a tie).</summary>
    private static DateOnly Better(DateOnly? best, DateOnly candidate, DateOnly reference, TenseCue tense)
    {
        if (best is not { } b) return candidate;
        bool cf = Fits(candidate, reference, tense), bf = Fits(b, reference, tense);
        if (cf != bf) return cf ? candidate : b;
        int dc = Math.Abs(candidate.DayNumber - reference.DayNumber), db = Math.Abs(b.DayNumber - reference.DayNumber);
        return dc < db || (dc == db && candidate < b) ? candidate : b;
    }

    private static bool Fits(DateOnly d, DateOnly reference, TenseCue tense) => tense switch
    {
        TenseCue.Future => d >= reference,
        TenseCue.Past => d <= reference,
        _ => true,
    };

    private (string?, TimeGranularity, bool) ResolvePeriod(DateOnly? reference, int shift, bool later)
    {
        if (reference is not { } r) return (null, TimeGranularity.Unresolved, shift > 0 || later);
        switch (Unit)
        {
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                {
                    var monday = MondayOf(r).AddDays(7 * shift);
                    return (DayValue(monday), TimeGranularity.Week, shift > 0 || later);
                }
            case TimeUnit.Month:
                {
                    int index = r.Year * 12 + r.Month - 1 + shift;
                    return (MonthValue(index / 12, index % 12 + 1), TimeGranularity.Month, shift > 0 || later);
                }
            case TimeUnit.Year:
                return ((r.Year + shift).ToString("D4", CultureInfo.InvariantCulture), TimeGranularity.Year, shift > 0 || later);
            case TimeUnit.Day:
                {
                    var d = r.AddDays(shift);
                    return (DayValue(d), TimeGranularity.Day, shift > 0 || later);
                }
            default:
                return (null, TimeGranularity.Unresolved, false);
        }
    }

    private (string?, TimeGranularity, bool) ResolveCount(DateOnly? reference, int signedCount)
    {
        if (reference is not { } r) return (null, TimeGranularity.Unresolved, signedCount > 0);
        switch (Unit)
        {
            case TimeUnit.Day:
                {
                    var d = r.AddDays(signedCount);
                    return (DayValue(d), TimeGranularity.Day, signedCount > 0);
                }
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                return (DayValue(MondayOf(r.AddDays(7 * signedCount))), TimeGranularity.Week, signedCount > 0);
            case TimeUnit.Month:
                {
                    int index = r.Year * 12 + r.Month - 1 + signedCount;
                    return (MonthValue(index / 12, index % 12 + 1), TimeGranularity.Month, signedCount > 0);
                }
            case TimeUnit.Year:
                return ((r.Year + signedCount).ToString("D4", CultureInfo.InvariantCulture), TimeGranularity.Year, signedCount > 0);
            default:
                return (null, TimeGranularity.Unresolved, false);
        }
    }

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static string DayValue(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthValue(int year, int month) =>
        year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);
}

/// <summary>The shape of a <see cref="TimeValue"/>.</summary>
internal enum TimeValueKind
{
    /// <summary>A calendar date, month or year, possibly without the year.</summary>
    Date,
    /// <summary>A weekday ("Thursday", "last Friday").</summary>
    Weekday,
    /// <summary>"today", "yesterday", "tomorrow".</summary>
    RelativeDay,
    /// <summary>"last week", "this year", "next month".</summary>
    RelativePeriod,
    /// <summary>"two days ago".</summary>
    Ago,
    /// <summary>"in three weeks".</summary>
    After,
}
