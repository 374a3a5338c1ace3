namespace DiplomacyNlp.Time;

/// <summary>A recognized time expression with its token range.</summary>
/// <param name="FirstToken">Index of the first token, including a leading "on", "in" or "during".</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="CoreFirstToken">Index of the first token after the leading preposition (the date proper, e.g. "Thursday" in "on Thursday").</param>
/// <param name="Expression">The expression and its normalized value.</param>
public readonly record struct TimeMatch(int FirstToken, int TokenCount, int CoreFirstToken, TimeExpression Expression)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
