namespace DiplomacyNlp.Benchmarks.Corpus;

/// <summary>One generated news-like document.</summary>
/// <param name="Id">A stable id ("gen-0001").</param>
/// <param name="Text">The text: headline, dateline and paragraphs.</param>
/// <param name="Published">The invented publication date.</param>
public sealed record CorpusDocument(string Id, string Text, DateOnly Published);
