using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>A training or evaluation sentence: a text, its tokens (with POS) and gold tag indices.</summary>
/// <param name="Text">The sentence text (tokens joined by spaces when built from CoNLL).</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">Gold tag indices, one per token.</param>
public sealed record TaggedSentence(string Text, Token[] Tokens, int[] Tags)
{
    /// <summary>Builds a sentence from words: joins them with spaces and computes token kinds and flags.</summary>
    public static TaggedSentence FromWords(IReadOnlyList<string> words, IReadOnlyList<PartOfSpeech>? pos, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = string.Join(' ', words);
        var tokens = new Token[words.Count];
        int start = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var kind = KindOf(w);
            var flags = TokenShape.ComputeFlags(w, kind);
            if (i == 0) flags |= TokenFlags.SentenceStart;
            tokens[i] = new Token(start, w.Length, kind, flags, pos is null ? PartOfSpeech.None : pos[i]);
            start += w.Length + 1;
        }
        return new TaggedSentence(text, tokens, tags);
    }

    private static TokenKind KindOf(string w)
    {
        bool letter = false, digit = false;
        foreach (char c in w)
        {
            if (char.IsLetter(c)) letter = true;
            else if (char.IsDigit(c)) digit = true;
        }
        if (letter) return TokenKind.Word;
        if (digit) return TokenKind.Number;
        return w.Length > 0 && char.IsPunctuation(w[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
