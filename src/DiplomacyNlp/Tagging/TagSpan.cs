namespace DiplomacyNlp.Tagging;

/// <summary>A typed span of tokens decoded from a tag sequence.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
/// <param name="Type">The type name ("Person").</param>
public readonly record struct TagSpan(int First, int Count, string Type)
{
    /// <summary>Decodes BILOU (or IOB2/IO-style B/I/L/U) tag names into spans; stray I/L tags start a span (CoNLL convention).</summary>
    public static List<TagSpan> Decode(TagSet tags, ReadOnlySpan<int> path)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<TagSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i < path.Length; i++)
        {
            var name = tags[path[i]];
            char p = name.Length > 2 && name[1] == '-' ? name[0] : 'O';
            string? ty = p == 'O' ? null : name[2..];
            if (start >= 0 && (p is 'O' or 'B' or 'U' || ty != type))
            {
                spans.Add(new TagSpan(start, i - start, type!));
                start = -1;
            }
            if (p == 'O') continue;
            if (start < 0) { start = i; type = ty; }
            if (p is 'L' or 'U')
            {
                spans.Add(new TagSpan(start, i - start + 1, type!));
                start = -1;
            }
        }
        if (start >= 0) spans.Add(new TagSpan(start, path.Length - start, type!));
        return spans;
    }
}
