using System.Globalization;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>The structural invariants every analysis result must meet, whatever the input and whatever stages the pipeline has.</summary>
internal static class InvariantChecks
{
    /// <summary>Returns the first broken invariant, or null.</summary>
    public static string? FirstViolation(AnalysisResult result)
    {
        var text = result.Text;
        int previousEnd = 0;
        for (int i = 0; i < result.Tokens.Count; i++)
        {
            var t = result.Tokens[i];
            if (t.Length <= 0) return $"token {i} {t} is empty";
            if (t.Start < 0 || t.End > text.Length) return $"token {i} {t} lies outside the text of length {text.Length}";
            if (t.Start < previousEnd) return $"token {i} {t} overlaps or precedes the previous token ending at {previousEnd}";
            for (int k = previousEnd; k < t.Start; k++)
            {
                if (!IsSkippable(text[k])) return $"character U+{(int)text[k]:X4} at {k} is neither in a token nor whitespace/control/format";
            }
            previousEnd = t.End;
        }
        for (int k = previousEnd; k < text.Length; k++)
        {
            if (!IsSkippable(text[k])) return $"character U+{(int)text[k]:X4} at {k} after the last token is neither in a token nor whitespace/control/format";
        }

        int nextToken = 0;
        int sentenceEnd = 0;
        for (int i = 0; i < result.Sentences.Count; i++)
        {
            var s = result.Sentences[i];
            if (s.TokenCount <= 0) return $"sentence {i} has no tokens";
            if (s.FirstToken != nextToken) return $"sentence {i} starts at token {s.FirstToken}, expected {nextToken} (sentences must cover the tokens in order)";
            if (s.EndToken > result.Tokens.Count) return $"sentence {i} runs past the last token";
            if (s.Start != result.Tokens[s.FirstToken].Start || s.End != result.Tokens[s.EndToken - 1].End) return $"sentence {i} span {s.Span} does not match its tokens";
            if (s.Start < sentenceEnd) return $"sentence {i} overlaps the previous one";
            sentenceEnd = s.End;
            nextToken = s.EndToken;
        }
        if ((result.Layers & AnalysisLayers.Sentences) != 0 && nextToken != result.Tokens.Count) return "the sentences do not cover every token";

        int entityStart = 0;
        foreach (var e in result.Entities)
        {
            if (e.Span.Start < 0 || e.Span.End > text.Length || e.Span.Length <= 0) return $"entity {e.Id} span {e.Span} is outside the text or empty";
            if (e.Span.Start < entityStart) return $"entity {e.Id} at {e.Span} is out of text order";
            entityStart = e.Span.Start;
        }
        foreach (var x in result.TimeExpressions)
        {
            if (!Inside(x.Span, text)) return $"time expression {x.Span} is outside the text";
        }
        foreach (var ev in result.Events)
        {
            if (!Inside(ev.Trigger, text)) return $"event {ev.Id} trigger {ev.Trigger} is outside the text";
            foreach (var p in ev.Participants)
            {
                if (!Inside(p.Span, text)) return $"event {ev.Id} participant span {p.Span} is outside the text";
            }
        }
        return null;
    }

    private static bool Inside(SourceSpan span, string text) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    /// <summary>Characters a tokenizer may leave outside every token: whitespace, control and format characters.</summary>
    public static bool IsSkippable(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
