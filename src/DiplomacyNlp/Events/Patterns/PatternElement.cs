namespace DiplomacyNlp.Events.Patterns;

/// <summary>One element of a pattern before compilation: a unit, a (captured) group, alternatives or a look-around.</summary>
internal abstract class PatternElement
{
    /// <summary>The most tokens the element can cover, or -1 when unbounded.</summary>
    public abstract int MaxTokens { get; }
}

/// <summary>A unit repeated between <see cref="Min"/> and <see cref="Max"/> times (-1: unbounded).</summary>
internal sealed class UnitElement(TokenUnit unit, int min, int max, bool greedy) : PatternElement
{
    public TokenUnit Unit { get; } = unit;

    public int Min { get; } = min;

    public int Max { get; } = max;

    public bool Greedy { get; } = greedy;

    public override int MaxTokens => Max < 0 ? -1 : Max * Unit.MaxLength;
}

/// <summary>A sequence repeated between <see cref="Min"/> and <see cref="Max"/> times, optionally captured under a name.</summary>
internal sealed class GroupElement(List<PatternElement> body, string? capture, int min, int max, bool greedy) : PatternElement
{
    public List<PatternElement> Body { get; } = body;

    public string? Capture { get; } = capture;

    public int Min { get; } = min;

    public int Max { get; } = max;

    public bool Greedy { get; } = greedy;

    public override int MaxTokens
    {
        get
        {
            if (Max < 0) return -1;
            int sum = 0;
            foreach (var e in Body)
            {
                int m = e.MaxTokens;
                if (m < 0) return -1;
                sum += m;
            }
            return sum * Max;
        }
    }
}

/// <summary>Alternatives tried in order.</summary>
internal sealed class AltElement(List<List<PatternElement>> alternatives) : PatternElement
{
    public List<List<PatternElement>> Alternatives { get; } = alternatives;

    public override int MaxTokens
    {
        get
        {
            int best = 0;
            foreach (var alt in Alternatives)
            {
                int sum = 0;
                foreach (var e in alt)
                {
                    int m = e.MaxTokens;
                    if (m < 0) return -1;
                    sum += m;
                }
                best = Math.Max(best, sum);
            }
            return best;
        }
    }
}

/// <summary>A zero-width check that a unit does (or does not) match right after, or end right before, the position.</summary>
internal sealed class LookElement(TokenUnit unit, bool negate, bool behind) : PatternElement
{
    public TokenUnit Unit { get; } = unit;

    public bool Negate { get; } = negate;

    public bool Behind { get; } = behind;

    public override int MaxTokens => 0;
}
