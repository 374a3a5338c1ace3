using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>
/// Property tests over hostile strings (unpaired surrogates, control, zero-width and RTL characters, emoji sequences,
/// very long tokens): the pipeline never throws, every span lies inside the text in order, tokens cover the text
/// without overlap, and the JSON is byte-identical from run to run and from pipeline to pipeline.
/// </summary>
[TestFixture]
public sealed class HostileInputPropertyTests
{
    private static readonly JsonOutputOptions WithTokens = new() { IncludeTokens = true, IncludeText = true };
    private static readonly DiplomacyPipeline Shared = DiplomacyText.DefaultPipeline;
    private static readonly Lazy<DiplomacyPipeline> Second = new(() => DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build());

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(HostileTextArbitrary) }, QuietOnSuccess = true)]
    public Property PipelineNeverThrowsAndKeepsEveryInvariant(HostileText input)
    {
        var result = Shared.Process(input.Value, new DocumentInfo { Id = "hostile" });
        var violation = InvariantChecks.FirstViolation(result);
        return (violation is null).Label(violation ?? "ok");
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(HostileTextArbitrary) }, QuietOnSuccess = true)]
    public bool SameInputGivesByteIdenticalJson(HostileText input)
    {
        var info = new DocumentInfo { Id = "det", Published = new DateOnly(2025, 9, 3) };
        string first = ResultJsonWriter.ToJson(Shared.Process(input.Value, info), WithTokens);
        string again = ResultJsonWriter.ToJson(Shared.Process(input.Value, info), WithTokens);
        string other = ResultJsonWriter.ToJson(Second.Value.Process(input.Value, info), WithTokens);
        return first == again && first == other;
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(HostileTextArbitrary) }, QuietOnSuccess = true)]
    public bool TokenizerFastPathMatchesTheGeneralPath(HostileText input)
    {
        var general = new Tokenizer { PlainChunkFastPath = false };
        var lexiconLike = new Tokenizer(["zq9!", "Yahoo!", "2025", "U.S."]);
        var lexiconLikeGeneral = new Tokenizer(["zq9!", "Yahoo!", "2025", "U.S."]) { PlainChunkFastPath = false };
        var text = input.Value + " Yahoo! 2025, zq9! U.S.";
        return Tokenizer.Default.Tokenize(text).SequenceEqual(general.Tokenize(text))
            && lexiconLike.Tokenize(text).SequenceEqual(lexiconLikeGeneral.Tokenize(text));
    }

    [Test]
    public void PlainShapedKeepWholeEntriesStayWhole()
    {
        var tokenizer = new Tokenizer(["Yahoo!", "E!"]);
        var text = "Yahoo! and E! said, yahoo! no";
        var tokens = tokenizer.Tokenize(text).Select(t => t.GetText(text));
        Assert.That(tokens, Is.EqualTo(new[] { "Yahoo!", "and", "E!", "said", ",", "yahoo!", "no" }));
    }

    [Test]
    public void KnownNastyStringsKeepEveryInvariant()
    {
        string[] cases =
        [
            "", " ", "\uD800", "\uDC00", "\uDC00\uD800", "a\uD800b", "\u200D", "\u200D\u200D", "\U0001F600\u200D", "\u202Eabc", "\u0000\u0001",
            "...", "'", "’s", "n't", "U.S..", "@", "#", "$", "https://", "www.", "a@b", "@@", "\u0301", "\uFEFF\uFEFF", "\r", "\r\n\r\n", "\u2029\u2028",
            new string('.', 10_000), new string('\'', 10_000), new string('-', 10_000), string.Concat(Enumerable.Repeat("U.S.", 5_000)),
            string.Concat(Enumerable.Repeat("\U0001F468\u200D", 3_000)), string.Concat(Enumerable.Repeat("1,000", 3_000)),
        ];
        foreach (var text in cases)
        {
            var result = Shared.Process(text);
            Assert.That(InvariantChecks.FirstViolation(result), Is.Null, () => new HostileText(text).ToString());
        }
    }
}
