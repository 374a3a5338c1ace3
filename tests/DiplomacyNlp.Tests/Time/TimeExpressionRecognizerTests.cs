using DiplomacyNlp.Time;

namespace DiplomacyNlp.Tests.Time;

/// <summary>Recognition and normalization of time expressions against fixed publication dates.</summary>
public sealed class TimeExpressionRecognizerTests
{
    // 2025-09-03 is a Wednesday.
    private static readonly DateOnly Wednesday = new(2025, 9, 3);

    private static TimeExpression Single(string text, DateOnly? published)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, published);
        Assert.That(found, Has.Count.EqualTo(1), () => "expressions: " + string.Join(" | ", found.Select(f => f.Text)));
        return found[0];
    }

    [TestCase("The ministers met on Thursday in Lima.", "on Thursday", "2025-08-28", false)]
    [TestCase("The ministers met on Wednesday in Lima.", "on Wednesday", "2025-09-03", false)]
    [TestCase("The ministers will meet on Thursday in Lima.", "on Thursday", "2025-09-04", true)]
    [TestCase("The ministers will meet on Wednesday in Lima.", "on Wednesday", "2025-09-10", true)]
    [TestCase("The summit will be held on Friday.", "on Friday", "2025-09-05", true)]
    [TestCase("The talks were held last Friday.", "last Friday", "2025-08-29", false)]
    [TestCase("They spoke by phone today.", "today", "2025-09-03", false)]
    [TestCase("They spoke by phone yesterday.", "yesterday", "2025-09-02", false)]
    [TestCase("They will speak tomorrow.", "tomorrow", "2025-09-04", true)]
    [TestCase("The envoys met this morning.", "this morning", "2025-09-03", false)]
    [TestCase("The delegation met on January 23 in Quito.", "on January 23", "2025-01-23", false)]
    [TestCase("The delegation will meet on January 23 in Quito.", "on January 23", "2026-01-23", true)]
    [TestCase("The accord was signed September 3, 2025, in Quito.", "September 3, 2025", "2025-09-03", false)]
    [TestCase("The accord was signed on 3 September 2025.", "on 3 September 2025", "2025-09-03", false)]
    [TestCase("The accord was signed on 2025-09-03.", "on 2025-09-03", "2025-09-03", false)]
    [TestCase("The accord was signed on Sept. 1.", "on Sept. 1", "2025-09-01", false)]
    [TestCase("The accord was signed on the 1st of September.", "1st of September", "2025-09-01", false)]
    [TestCase("The pact was signed Jan. 23rd, 2024.", "Jan. 23rd, 2024", "2024-01-23", false)]
    public void DayExpressions(string text, string written, string value, bool future)
    {
        var t = Single(text, Wednesday);
        Assert.Multiple(() =>
        {
            Assert.That(t.Text, Is.EqualTo(written));
            Assert.That(t.Value, Is.EqualTo(value));
            Assert.That(t.Granularity, Is.EqualTo(TimeGranularity.Day));
            Assert.That(t.IsFuture, Is.EqualTo(future));
            Assert.That(text.Substring(t.Span.Start, t.Span.Length), Is.EqualTo(written));
        });
    }

    [TestCase("A ministerial meeting will be held in February.", "in February", "2026-02", TimeGranularity.Month, true)]
    [TestCase("The framework was agreed in February.", "in February", "2025-02", TimeGranularity.Month, false)]
    [TestCase("The envoy arrived in early March.", "in early March", "2025-03", TimeGranularity.Month, false)]
    [TestCase("The plan was adopted last month.", "last month", "2025-08", TimeGranularity.Month, false)]
    [TestCase("The ministers will meet next month.", "next month", "2025-10", TimeGranularity.Month, true)]
    [TestCase("Talks resumed this year.", "this year", "2025", TimeGranularity.Year, false)]
    [TestCase("The treaty was ratified in 2024.", "in 2024", "2024", TimeGranularity.Year, false)]
    [TestCase("The envoy was confirmed in January 2025.", "in January 2025", "2025-01", TimeGranularity.Month, false)]
    [TestCase("The base closes by mid-2026.", "mid-2026", "2026", TimeGranularity.Year, true)]
    [TestCase("The ministers met last week.", "last week", "2025-08-25", TimeGranularity.Week, false)]
    [TestCase("The ministers will meet next week.", "next week", "2025-09-08", TimeGranularity.Week, true)]
    [TestCase("The leaders will meet later this year.", "later this year", "2025", TimeGranularity.Year, true)]
    [TestCase("The leaders met two days ago.", "two days ago", "2025-09-01", TimeGranularity.Day, false)]
    [TestCase("The leaders will meet in three weeks.", "in three weeks", "2025-09-22", TimeGranularity.Week, true)]
    public void PeriodExpressions(string text, string written, string value, TimeGranularity granularity, bool future)
    {
        var t = Single(text, Wednesday);
        Assert.Multiple(() =>
        {
            Assert.That(t.Text, Is.EqualTo(written));
            Assert.That(t.Value, Is.EqualTo(value));
            Assert.That(t.Granularity, Is.EqualTo(granularity));
            Assert.That(t.IsFuture, Is.EqualTo(future));
        });
    }

    [Test]
    public void WithoutAPublicationDateRelativeExpressionsStayUnresolved()
    {
        var t = Single("The ministers held a call on Thursday.", null);
        Assert.Multiple(() =>
        {
            Assert.That(t.Text, Is.EqualTo("on Thursday"));
            Assert.That(t.Value, Is.Null);
            Assert.That(t.Granularity, Is.EqualTo(TimeGranularity.Unresolved));
        });
        Assert.That(Single("They met last week.", null).Value, Is.Null);
        Assert.That(Single("They met today.", null).Value, Is.Null);
    }

    [Test]
    public void WithoutAPublicationDateOnlyWrittenPartsAreKept()
    {
        var day = Single("The working group will meet on January 23.", null);
        var month = Single("A summit will be held in February.", null);
        var full = Single("The pact was signed on March 4, 2025.", null);
        Assert.Multiple(() =>
        {
            Assert.That(day.Value, Is.EqualTo("--01-23"));
            Assert.That(day.Granularity, Is.EqualTo(TimeGranularity.Day));
            Assert.That(day.IsFuture, Is.True);
            Assert.That(month.Value, Is.EqualTo("--02"));
            Assert.That(month.Granularity, Is.EqualTo(TimeGranularity.Month));
            Assert.That(full.Value, Is.EqualTo("2025-03-04"));
        });
    }

    [Test]
    public void YearOfAMonthDayFollowsTheNearestOccurrenceWithoutATenseCue()
    {
        // Published mid-January: "February 2" is two weeks ahead, "December 20" a month back.
        var jan = new DateOnly(2026, 1, 15);
        Assert.Multiple(() =>
        {
            Assert.That(Single("The February 2 summit in Lima.", jan).Value, Is.EqualTo("2026-02-02"));
            Assert.That(Single("The December 20 summit in Lima.", jan).Value, Is.EqualTo("2025-12-20"));
        });
    }

    [TestCase("Protesters may march on the capital.")]
    [TestCase("The talks may resume soon.")]
    [TestCase("Officials from 12 countries attended.")]
    [TestCase("She said the march was peaceful.")]
    [TestCase("April Jones met the envoy.")]
    [TestCase("The delegation of 2,000 observers arrived.")]
    [TestCase("One official spoke.")]
    [TestCase("The week was busy for diplomats.")]
    public void NonTemporalWordsAreNotExpressions(string text)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Wednesday);
        Assert.That(found.Select(f => f.Text), Is.Empty);
    }

    [Test]
    public void RangesAndListsGiveOneExpressionPerDate()
    {
        var found = TimeExpressionRecognizer.Default.Recognize("Arrivals fell between December 2023 and May 2024.", Wednesday);
        Assert.That(found.Select(f => f.Value), Is.EqualTo(new[] { "2023-12", "2024-05" }));
    }

    [Test]
    public void InvalidCalendarDatesAreRejected()
    {
        Assert.That(TimeExpressionRecognizer.Default.Recognize("It was signed on February 30, 2025.", Wednesday).Select(f => f.Value), Has.None.EqualTo("2025-02-30"));
        Assert.That(TimeExpressionRecognizer.Default.Recognize("Code 2025-13-45 was used.", Wednesday), Is.Empty);
    }

    [Test]
    public void SpansPointIntoTheText()
    {
        const string text = "Ministers met on Tuesday; they will meet again next week and sign the pact in 2026.";
        var found = TimeExpressionRecognizer.Default.Recognize(text, Wednesday);
        Assert.That(found.Select(f => f.Text), Is.EqualTo(new[] { "on Tuesday", "next week", "in 2026" }));
        foreach (var f in found) Assert.That(text.Substring(f.Span.Start, f.Span.Length), Is.EqualTo(f.Text));
        Assert.That(found[0].Value, Is.EqualTo("2025-09-02"));
        Assert.That(found[2].IsFuture, Is.True);
    }
}
