namespace DiplomacyNlp.Text;

/// <summary>
/// A range of UTF-16 code units in a <see cref="Document"/>'s original text.
/// Every token, sentence, entity and event points back into the text through one of these.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct SourceSpan(int Start, int Length) : IComparable<SourceSpan>
{
    /// <summary>Offset one past the last code unit (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(SourceSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span that covers both spans.</summary>
    public SourceSpan Union(SourceSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>Orders by start, then by longer span first.</summary>
    public int CompareTo(SourceSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : other.Length.CompareTo(Length);

    /// <summary>Returns the text this span covers.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
