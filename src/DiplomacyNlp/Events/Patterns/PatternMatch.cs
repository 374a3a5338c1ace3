namespace DiplomacyNlp.Events.Patterns;

/// <summary>A match of a <see cref="TokenPattern"/>: its token range and the token range of every named capture that took part.</summary>
public sealed class PatternMatch
{
    private readonly IReadOnlyList<string> _names;
    private readonly int[] _saves;

    internal PatternMatch(IReadOnlyList<string> names, int[] saves, int start, int end)
    {
        _names = names;
        _saves = saves;
        Start = start;
        End = end;
    }

    /// <summary>Index of the first matched token.</summary>
    public int Start { get; }

    /// <summary>Index one past the last matched token.</summary>
    public int End { get; }

    /// <summary>The token range of the trigger.</summary>
    public (int Start, int End) Trigger => TryGet(TokenPatternBuilder.TriggerName, out int s, out int e) ? (s, e) : (Start, Start);

    /// <summary>The token range of the capture named <paramref name="name"/>; false when the capture did not take part.</summary>
    public bool TryGet(string name, out int start, out int end)
    {
        for (int i = 0; i < _names.Count; i++)
        {
            if (_names[i] == name && _saves[2 * i] >= 0 && _saves[2 * i + 1] >= 0)
            {
                start = _saves[2 * i];
                end = _saves[2 * i + 1];
                return true;
            }
        }
        start = end = -1;
        return false;
    }

    /// <summary>The captures that took part, in pattern order.</summary>
    public IEnumerable<(string Name, int Start, int End)> Captures
    {
        get
        {
            for (int i = 0; i < _names.Count; i++)
            {
                if (_saves[2 * i] >= 0 && _saves[2 * i + 1] >= 0) yield return (_names[i], _saves[2 * i], _saves[2 * i + 1]);
            }
        }
    }
}
