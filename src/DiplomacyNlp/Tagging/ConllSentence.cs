namespace DiplomacyNlp.Tagging;

/// <summary>One sentence of a CoNLL-style file: words, part-of-speech tags and entity labels (IOB2).</summary>
/// <param name="Words">The tokens.</param>
/// <param name="PosTags">Penn tags (column 2).</param>
/// <param name="Labels">Entity labels (last column), IOB2 ("B-per", "I-per", "O").</param>
public sealed record ConllSentence(string[] Words, string[] PosTags, string[] Labels);
