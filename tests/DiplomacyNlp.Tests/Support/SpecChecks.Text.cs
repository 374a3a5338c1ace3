using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Support;

internal static partial class SpecChecks
{
    /// <summary><c>tokens: a | b | c</c>: the exact token sequence (use \| for a literal bar).</summary>
    [SpecKey("tokens")]
    public static void Tokens(AnalysisResult result, string value)
    {
        var expected = Parts(value.Replace("\\|", "\u0001", StringComparison.Ordinal)).Select(p => p.Replace("\u0001", "|", StringComparison.Ordinal)).ToArray();
        var actual = result.Tokens.Select(result.GetText).ToArray();
        Assert.That(actual, Is.EqualTo(expected), "tokens");
    }

    /// <summary><c>token-kinds: word | punct | url</c>: the kinds of the tokens in order.</summary>
    [SpecKey("token-kinds")]
    public static void TokenKinds(AnalysisResult result, string value)
    {
        var expected = Parts(value);
        var actual = result.Tokens.Select(t => t.Kind.ToString().ToLowerInvariant()).ToArray();
        Assert.That(actual, Is.EqualTo(expected), "token kinds");
    }

    /// <summary><c>sentences: first || second</c>: the exact sentence texts.</summary>
    [SpecKey("sentences")]
    public static void Sentences(AnalysisResult result, string value)
    {
        var expected = value.Split("||", StringSplitOptions.TrimEntries);
        var actual = result.Sentences.Select(s => result.GetText(s.Span).ReplaceLineEndings(" ")).ToArray();
        Assert.That(actual, Is.EqualTo(expected), "sentences");
    }

    /// <summary><c>sentence-count: N</c>.</summary>
    [SpecKey("sentence-count")]
    public static void SentenceCount(AnalysisResult result, string value)
    {
        Assert.That(result.Sentences, Has.Count.EqualTo(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), "sentence count");
    }
}
