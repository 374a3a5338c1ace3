using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>
/// Size: time linear in the input (the time for 4N characters stays under 6 times the time for N), allocations
/// bounded by a documented multiple of the input, and typed errors at the configured limits.
/// </summary>
[TestFixture]
public sealed class SizeTests
{
    /// <summary>
    /// Documented bound (README, "Batch processing and scaling out"): the tokenizer and sentence splitter allocate at most
    /// this many bytes per input character (the text itself is 2 bytes per character).
    /// </summary>
    private const double TextLayerBytesPerChar = 12;

    /// <summary>Documented bound for the whole default pipeline, in bytes allocated per input character.</summary>
    private const double DefaultPipelineBytesPerChar = 100;

    private static readonly DiplomacyPipeline TextLayer = DiplomacyPipeline.CreateBuilder().UseSentences().Build();

    private static string Repeat(string unit, int length) => TestTexts.Repeat(unit, length);

    /// <summary>
    /// The size N for a 4N-versus-N comparison: as large as <paramref name="maximum"/> when the pipeline is fast, and
    /// smaller when it is slow (about 60 ms for N), so that the suite stays quick whatever stages the default
    /// pipeline has. A quadratic stage still shows: its time for 4N is 16 times that for N.
    /// </summary>
    private static int AdaptiveLength(DiplomacyPipeline pipeline, string text, int maximum)
    {
        string sample = text[..Math.Min(text.Length, 20_000)];
        pipeline.Process(sample);
        double ms = Math.Max(Timing.BestOf(2, () => pipeline.Process(sample)), 0.01);
        double perMs = sample.Length / ms;
        return (int)Math.Clamp(perMs * 60, 20_000, maximum);
    }

    [Test]
    public void DefaultPipelineTimeIsLinearInDocumentSize()
    {
        var pipeline = DiplomacyText.DefaultPipeline;
        int n = AdaptiveLength(pipeline, TestTexts.OneMegabyte, 1_000_000);
        string small = TestTexts.OneMegabyte[..n];
        string large = Repeat(small, small.Length * 4);
        pipeline.Process(small); // warm up: let every stage reach optimized code first
        double t1 = Timing.BestOf(3, () => pipeline.Process(small));
        double t4 = Timing.BestOf(2, () => pipeline.Process(large));
        TestContext.Out.WriteLine($"default pipeline: {small.Length:N0} chars {t1:F1} ms, {large.Length:N0} chars {t4:F1} ms, ratio {t4 / t1:F2}");
        Assert.That(t4, Is.LessThan(6 * t1 + 5), $"4x the text took {t4 / t1:F2}x the time ({t1:F1} ms vs {t4:F1} ms)");
    }

    [Test]
    public void DefaultPipelineAllocationIsBoundedByTheInput()
    {
        var pipeline = DiplomacyText.DefaultPipeline;
        int n = Math.Max(AdaptiveLength(pipeline, TestTexts.OneMegabyte, 1_000_000), 100_000);
        string text = TestTexts.OneMegabyte[..n];
        pipeline.Process(text[..20_000]);
        long bytes = Timing.AllocatedBy(() => pipeline.Process(text));
        double perChar = (double)bytes / text.Length;
        TestContext.Out.WriteLine($"default pipeline: {bytes:N0} bytes allocated for {text.Length:N0} chars = {perChar:F1} B/char");
        Assert.That(perChar, Is.LessThan(DefaultPipelineBytesPerChar));
    }

    [Test]
    public void FiftyMegabyteDocumentIsLinearAndBounded()
    {
        const int length = 50_000_000;
        string large = Repeat(TestTexts.OneMegabyte, length);
        string quarter = large[..(length / 4)];
        TextLayer.Process(quarter[..20_000]);
        double tq = Timing.BestOf(3, () => TextLayer.Process(quarter));
        AnalysisResult? result = null;
        long bytes = 0;
        double tf = Timing.BestOf(3, () => bytes = Timing.AllocatedBy(() => result = TextLayer.Process(large)));
        double perChar = (double)bytes / length;
        TestContext.Out.WriteLine($"tokens+sentences: {quarter.Length:N0} chars {tq:F0} ms, {length:N0} chars {tf:F0} ms (ratio {tf / tq:F2}), {result!.Tokens.Count:N0} tokens, {result.Sentences.Count:N0} sentences, {perChar:F1} B/char allocated");
        Assert.Multiple(() =>
        {
            Assert.That(tf, Is.LessThan(6 * tq + 5), "time is not linear in the size");
            Assert.That(perChar, Is.LessThan(TextLayerBytesPerChar), "allocation per character");
            Assert.That(result.Tokens[^1].End, Is.LessThanOrEqualTo(length));
            Assert.That(result.Sentences, Has.Count.GreaterThan(length / 1000));
        });
    }

    [TestCase("a")]
    [TestCase("Z")]
    [TestCase(".")]
    [TestCase("'")]
    [TestCase("-")]
    [TestCase(",")]
    [TestCase("@")]
    [TestCase("U.S.")]
    [TestCase("a-")]
    [TestCase("1,000")]
    [TestCase("ab'")]
    [TestCase("x.y")]
    [TestCase("a@b.")]
    [TestCase("http://a")]
    [TestCase("\U0001F600\u200D")]
    [TestCase("e\u0301")]
    [TestCase("\u4E2D")]
    [TestCase("\uD800")]
    public void MillionCharacterWordIsLinear(string unit)
    {
        // A unit that stays one token (or a few) is tested as a 1,000,000-character word against a 250,000-character
        // one; a unit that breaks into a token per character is sized to the pipeline's speed.
        var pipeline = DiplomacyText.DefaultPipeline;
        int n = AdaptiveLength(pipeline, Repeat(unit, 20_000), 250_000);
        string word = Repeat(unit, 4 * n);
        string quarter = word[..n];
        pipeline.Process(quarter);
        // best of five: a single GC pause on a loaded 2-core machine is enough to skew one small measurement
        double t1 = Timing.BestOf(5, () => pipeline.Process(quarter));
        AnalysisResult? result = null;
        long bytes = 0;
        double t4 = Timing.BestOf(5, () => bytes = Timing.AllocatedBy(() => result = pipeline.Process(word)));
        TestContext.Out.WriteLine($"'{unit}' x {word.Length:N0}: {t1:F1} ms vs {t4:F1} ms, {result!.Tokens.Count:N0} tokens, {(double)bytes / word.Length:F1} B/char");
        Assert.Multiple(() =>
        {
            if (result.Tokens.Count <= 3) Assert.That(word, Has.Length.EqualTo(1_000_000), "a fast single word is tested at a million characters");
            Assert.That(t4, Is.LessThan(6 * t1 + 5), $"4x the characters took {t4 / Math.Max(t1, 0.001):F2}x the time");
            Assert.That((double)bytes / word.Length, Is.LessThan(DefaultPipelineBytesPerChar));
            Assert.That(InvariantChecks.FirstViolation(result), Is.Null);
        });
    }

    [Test]
    public void DocumentOverTheLengthLimitGivesTypedError()
    {
        var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().WithOptions(o => o with { MaxDocumentLength = 1_000 }).Build();
        Assert.That(pipeline.Process(new string('a', 1_000)).Tokens, Has.Count.EqualTo(1));
        var ex = Assert.Throws<DocumentTooLargeException>(() => pipeline.Process(new string('a', 1_001)))!;
        Assert.Multiple(() =>
        {
            Assert.That(ex.Length, Is.EqualTo(1_001));
            Assert.That(ex.Limit, Is.EqualTo(1_000));
            Assert.That(ex.Message, Does.Contain("MaxDocumentLength"));
        });
    }

    [Test]
    public void RunOnSentenceIsCutAtTheTokenLimit()
    {
        var pipeline = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().WithOptions(o => o with { MaxTokensPerSentence = 10 }).Build();
        string runOn = string.Join(" and ", Enumerable.Repeat("ministers met", 60));
        var result = pipeline.Process(runOn);
        Assert.Multiple(() =>
        {
            Assert.That(result.Sentences, Has.Count.GreaterThanOrEqualTo(result.Tokens.Count / 10));
            Assert.That(result.Sentences.Max(s => s.TokenCount), Is.LessThanOrEqualTo(10));
            Assert.That(InvariantChecks.FirstViolation(result), Is.Null);
        });
    }

    [Test]
    public void TooSmallTokenLimitIsAConfigurationError()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() =>
            DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().WithOptions(o => o with { MaxTokensPerSentence = 3 }).Build())!;
        Assert.That(ex.Message, Does.Contain("MaxTokensPerSentence"));
    }

    [Test]
    public void NonPositiveLengthLimitIsAConfigurationError()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() =>
            DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().WithOptions(o => o with { MaxDocumentLength = 0 }).Build())!;
        Assert.That(ex.Message, Does.Contain("MaxDocumentLength"));
    }
}
