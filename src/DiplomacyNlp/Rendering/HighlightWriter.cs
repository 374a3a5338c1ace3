namespace DiplomacyNlp.Rendering;

/// <summary>
/// Writes a text with highlights as properly nested <c>span</c> elements. Nested spans nest; spans that cross (one
/// starts inside another and ends after it) are split: the inner one is closed at the crossing point and reopened
/// with its continuation tag (no id, class <c>cont</c>), so the markup is always well formed and every character of
/// the text is written exactly once, in order. Spans are clamped to the text; empty spans are dropped.
/// </summary>
internal static class HighlightWriter
{
    public static void Write(TextWriter writer, string text, List<Highlight> highlights)
    {
        var items = new List<Highlight>(highlights.Count);
        foreach (var h in highlights)
        {
            int start = Math.Clamp(h.Start, 0, text.Length), end = Math.Clamp(h.End, 0, text.Length);
            if (end > start) items.Add(h with { Start = start, End = end });
        }
        items.Sort(static (a, b) =>
        {
            if (a.Start != b.Start) return a.Start.CompareTo(b.Start);
            if (a.End != b.End) return b.End.CompareTo(a.End);
            if (a.Layer != b.Layer) return a.Layer.CompareTo(b.Layer);
            return a.Order.CompareTo(b.Order);
        });

        var open = new List<(Highlight H, bool Continued)>();
        var starting = new List<(Highlight H, bool Continued)>();
        int pos = 0, next = 0;
        while (true)
        {
            int nextStart = next < items.Count ? items[next].Start : int.MaxValue;
            int nextEnd = int.MaxValue;
            foreach (var o in open) nextEnd = Math.Min(nextEnd, o.H.End);
            int at = Math.Min(nextStart, nextEnd);
            if (at == int.MaxValue) break;
            if (at > pos)
            {
                HtmlText.Write(writer, text.AsSpan(pos, at - pos));
                pos = at;
            }

            starting.Clear();
            if (nextEnd == at)
            {
                int lowest = open.FindIndex(o => o.H.End == at);
                for (int k = open.Count - 1; k >= lowest; k--)
                {
                    writer.Write("</span>");
                    if (open[k].H.End != at) starting.Add((open[k].H, true));
                }
                open.RemoveRange(lowest, open.Count - lowest);
            }
            while (next < items.Count && items[next].Start == at) starting.Add((items[next++], false));
            if (starting.Count > 1)
            {
                starting.Sort(static (a, b) =>
                {
                    if (a.H.End != b.H.End) return b.H.End.CompareTo(a.H.End);
                    if (a.H.Layer != b.H.Layer) return a.H.Layer.CompareTo(b.H.Layer);
                    if (a.H.Start != b.H.Start) return a.H.Start.CompareTo(b.H.Start);
                    return a.H.Order.CompareTo(b.H.Order);
                });
            }
            foreach (var s in starting)
            {
                writer.Write(s.Continued ? s.H.ContinuationTag : s.H.OpenTag);
                open.Add(s);
            }
        }
        if (pos < text.Length) HtmlText.Write(writer, text.AsSpan(pos));
        for (int k = 0; k < open.Count; k++) writer.Write("</span>");
    }
}
