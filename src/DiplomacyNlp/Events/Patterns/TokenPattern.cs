namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// A compiled token pattern: a small backtracking machine over the tokens of one sentence, with named captures.
/// Every pattern has exactly one trigger, which begins with a literal word or phrase: its first words
/// (<see cref="AnchorWords"/>) let the extractor skip every sentence that contains none of them, and the matcher only
/// tries start positions from which the trigger can be reached. Immutable and thread-safe.
/// </summary>
public sealed class TokenPattern
{
    /// <summary>The most steps one match attempt may take (keeps pathological patterns linear in the sentence).</summary>
    internal const int StepBudget = 20_000;

    private readonly Instruction[] _program;
    private readonly string[] _names;

    private TokenPattern(Instruction[] program, string[] names, string[] anchors, int maxPrefix, string description)
    {
        _program = program;
        _names = names;
        AnchorWords = anchors;
        MaxPrefix = maxPrefix;
        Description = description;
    }

    /// <summary>The words (lowercase) the trigger can begin with.</summary>
    public IReadOnlyList<string> AnchorWords { get; }

    /// <summary>The most tokens the pattern can cover before the trigger (-1: unbounded).</summary>
    public int MaxPrefix { get; }

    /// <summary>The capture names (the trigger included).</summary>
    public IReadOnlyList<string> CaptureNames => _names;

    /// <summary>A readable outline of the pattern.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>Every match in the document, sentence by sentence, one per trigger position (for tests and tools; the extractor pre-filters instead).</summary>
    public IEnumerable<PatternMatch> Matches(EventDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var s in document.Sentences)
        {
            for (int a = s.FirstToken; a < s.EndToken; a++)
            {
                if (TryMatchAt(document, a, s.FirstToken, s.EndToken) is { } m)
                {
                    yield return m;
                }
            }
        }
    }

    /// <summary>The leftmost match whose trigger starts at token <paramref name="anchor"/>, within the sentence [<paramref name="first"/>, <paramref name="end"/>), or null.</summary>
    public PatternMatch? TryMatchAt(EventDocument document, int anchor, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (anchor < first || anchor >= end) return null;
        int from = MaxPrefix < 0 ? first : Math.Max(first, anchor - MaxPrefix);
        var machine = new Machine(this, document, anchor, end);
        for (int start = from; start <= anchor; start++)
        {
            if (machine.Run(start, out int matchEnd)) return new PatternMatch(_names, machine.Saves.ToArray(), start, matchEnd);
        }
        return null;
    }

    internal static TokenPattern Compile(List<PatternElement> elements)
    {
        if (elements.Count == 0) throw new PatternDefinitionException("The pattern is empty: add a Trigger(…) and the slots around it.");
        var names = new List<string>();
        int triggers = CountTriggers(elements, optional: false);
        if (triggers == 0) throw new PatternDefinitionException("The pattern has no trigger: add .Trigger(\"…\") with the word or phrase that signals the event.");
        if (triggers > 1) throw new PatternDefinitionException("The pattern has more than one trigger; keep one Trigger(…) and make the other parts slots or words.");

        int triggerIndex = -1;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i] is GroupElement { Capture: TokenPatternBuilder.TriggerName }) { triggerIndex = i; break; }
        }
        if (triggerIndex < 0) throw new PatternDefinitionException("The trigger must be at the top level of the pattern, not inside Optional, Repeat, OneOf or Capture.");
        var trigger = (GroupElement)elements[triggerIndex];
        var anchors = new List<string>();
        if (!CollectAnchors(trigger.Body[0], anchors))
        {
            throw new PatternDefinitionException("The trigger must begin with a required word or phrase (Word, Lemma or Phrase), so that sentences without it can be skipped; move slots and optional parts out of its start.");
        }
        int maxPrefix = 0;
        for (int i = 0; i < triggerIndex; i++)
        {
            int m = elements[i].MaxTokens;
            if (m < 0) { maxPrefix = -1; break; }
            maxPrefix += m;
        }

        var program = new List<Instruction>();
        var description = new System.Text.StringBuilder();
        Emit(elements, program, names, description);
        program.Add(new Instruction(Op.Match));
        var distinct = new List<string>();
        foreach (var a in anchors)
        {
            if (!distinct.Contains(a)) distinct.Add(a);
        }
        return new TokenPattern(program.ToArray(), names.ToArray(), distinct.ToArray(), maxPrefix, description.ToString().Trim());
    }

    private static int CountTriggers(List<PatternElement> elements, bool optional)
    {
        int n = 0;
        foreach (var e in elements)
        {
            switch (e)
            {
                case GroupElement g:
                    if (g.Capture == TokenPatternBuilder.TriggerName)
                    {
                        if (optional) throw new PatternDefinitionException("The trigger must not be optional, repeated or inside OneOf; every match needs it.");
                        n++;
                    }
                    n += CountTriggers(g.Body, optional || g.Min != 1 || g.Max != 1 || g.Capture is not null);
                    break;
                case AltElement alt:
                    foreach (var a in alt.Alternatives) n += CountTriggers(a, optional: true);
                    break;
            }
        }
        return n;
    }

    private static bool CollectAnchors(PatternElement first, List<string> anchors)
    {
        switch (first)
        {
            case UnitElement u when u.Min >= 1 && u.Unit.AnchorWords.Count > 0:
                anchors.AddRange(u.Unit.AnchorWords);
                return true;
            case GroupElement g when g.Min >= 1 && g.Body.Count > 0:
                return CollectAnchors(g.Body[0], anchors);
            case AltElement alt:
                foreach (var a in alt.Alternatives)
                {
                    if (a.Count == 0 || !CollectAnchors(a[0], anchors)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    private static void Emit(List<PatternElement> elements, List<Instruction> program, List<string> names, System.Text.StringBuilder description)
    {
        foreach (var e in elements)
        {
            switch (e)
            {
                case UnitElement u:
                    description.Append(' ').Append(u.Unit.Description).Append(Quantifier(u.Min, u.Max, u.Greedy));
                    EmitRepeat(program, u.Min, u.Max, u.Greedy, () => program.Add(new Instruction(Op.Unit) { Unit = u.Unit }));
                    break;
                case GroupElement g:
                    {
                        int capture = -1;
                        if (g.Capture is not null)
                        {
                            capture = names.IndexOf(g.Capture);
                            if (capture < 0) { names.Add(g.Capture); capture = names.Count - 1; }
                            description.Append(' ').Append(g.Capture).Append(':');
                        }
                        description.Append(" (");
                        var body = new System.Text.StringBuilder();
                        EmitRepeat(program, g.Min, g.Max, g.Greedy, () =>
                        {
                            if (capture >= 0) program.Add(new Instruction(Op.Save) { A = 2 * capture, Anchor = g.Capture == TokenPatternBuilder.TriggerName });
                            body.Clear();
                            Emit(g.Body, program, names, body);
                            if (capture >= 0) program.Add(new Instruction(Op.Save) { A = 2 * capture + 1 });
                        });
                        description.Append(body.ToString().Trim()).Append(')').Append(Quantifier(g.Min, g.Max, g.Greedy));
                        break;
                    }
                case AltElement alt:
                    {
                        var jumpsToEnd = new List<int>();
                        description.Append(" (");
                        for (int i = 0; i < alt.Alternatives.Count; i++)
                        {
                            bool last = i == alt.Alternatives.Count - 1;
                            int split = -1;
                            if (!last)
                            {
                                split = program.Count;
                                program.Add(new Instruction(Op.Split));
                            }
                            int bodyStart = program.Count;
                            var body = new System.Text.StringBuilder();
                            Emit(alt.Alternatives[i], program, names, body);
                            if (i > 0) description.Append(" |");
                            description.Append(' ').Append(body.ToString().Trim());
                            if (!last)
                            {
                                jumpsToEnd.Add(program.Count);
                                program.Add(new Instruction(Op.Jmp));
                                program[split] = new Instruction(Op.Split) { A = bodyStart, B = program.Count };
                            }
                        }
                        foreach (int j in jumpsToEnd) program[j] = new Instruction(Op.Jmp) { A = program.Count };
                        description.Append(" )");
                        break;
                    }
                case LookElement look:
                    description.Append(' ').Append(look.Negate ? "!" : "&").Append(look.Behind ? "<" : ">").Append(look.Unit.Description);
                    program.Add(new Instruction(Op.Look) { Unit = look.Unit, Negate = look.Negate, Behind = look.Behind });
                    break;
            }
        }
    }

    private static string Quantifier(int min, int max, bool greedy) => (min, max) switch
    {
        (1, 1) => string.Empty,
        (0, 1) => greedy ? "?" : "??",
        (0, -1) => greedy ? "*" : "*?",
        (1, -1) => greedy ? "+" : "+?",
        _ => "{" + min + "," + (max < 0 ? string.Empty : max.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "}" + (greedy ? string.Empty : "?"),
    };

    private static void EmitRepeat(List<Instruction> program, int min, int max, bool greedy, Action body)
    {
        for (int i = 0; i < min; i++) body();
        if (max < 0)
        {
            int loop = program.Count;
            program.Add(new Instruction(Op.Split));
            int bodyStart = program.Count;
            body();
            program.Add(new Instruction(Op.Jmp) { A = loop });
            int exit = program.Count;
            program[loop] = greedy ? new Instruction(Op.Split) { A = bodyStart, B = exit } : new Instruction(Op.Split) { A = exit, B = bodyStart };
            return;
        }
        var splits = new List<int>();
        for (int i = min; i < max; i++)
        {
            splits.Add(program.Count);
            program.Add(new Instruction(Op.Split));
            body();
        }
        int end = program.Count;
        foreach (int s in splits)
        {
            int bodyStart = s + 1;
            program[s] = greedy ? new Instruction(Op.Split) { A = bodyStart, B = end } : new Instruction(Op.Split) { A = end, B = bodyStart };
        }
    }

    private enum Op : byte
    {
        Unit,
        Split,
        Jmp,
        Save,
        Look,
        Match,
    }

    private readonly record struct Instruction(Op Op)
    {
        public int A { get; init; }

        public int B { get; init; }

        public TokenUnit? Unit { get; init; }

        public bool Negate { get; init; }

        public bool Behind { get; init; }

        /// <summary>On the trigger's opening save: the position must be the anchor.</summary>
        public bool Anchor { get; init; }
    }

    /// <summary>The backtracking machine for one anchor (a stack value over per-thread scratch: a match attempt allocates nothing).</summary>
    private readonly struct Machine
    {
        [ThreadStatic]
        private static Stack<Frame>? t_stack;

        [ThreadStatic]
        private static int[]? t_lengths;

        [ThreadStatic]
        private static int[]? t_saves;

        private readonly TokenPattern _pattern;
        private readonly EventDocument _doc;
        private readonly int _anchor;
        private readonly int _limit;
        private readonly Stack<Frame> _stack;
        private readonly int[] _lengths;
        private readonly int[] _saves;
        private readonly int _saveCount;

        public Machine(TokenPattern pattern, EventDocument doc, int anchor, int limit)
        {
            _pattern = pattern;
            _doc = doc;
            _anchor = anchor;
            _limit = limit;
            _stack = t_stack ??= new Stack<Frame>();
            _lengths = t_lengths ??= new int[TokenUnit.MaxAlternatives];
            _saveCount = pattern._names.Length * 2;
            var saves = t_saves;
            if (saves is null || saves.Length < _saveCount) t_saves = saves = new int[Math.Max(_saveCount, 16)];
            _saves = saves;
        }

        /// <summary>The capture positions of the last successful <see cref="Run"/> (valid until the next run on this thread).</summary>
        public ReadOnlySpan<int> Saves => _saves.AsSpan(0, _saveCount);

        public bool Run(int start, out int end)
        {
            var program = _pattern._program;
            var saves = _saves;
            saves.AsSpan(0, _saveCount).Fill(-1);
            _stack.Clear();
            int pc = 0, pos = start, steps = 0;
            while (true)
            {
                if (++steps > StepBudget) { end = -1; return false; }
                var ins = program[pc];
                bool ok = true;
                switch (ins.Op)
                {
                    case Op.Match:
                        end = pos;
                        return true;
                    case Op.Jmp:
                        pc = ins.A;
                        continue;
                    case Op.Split:
                        _stack.Push(new Frame(FrameKind.Branch, ins.B, pos, 0));
                        pc = ins.A;
                        continue;
                    case Op.Save:
                        if (ins.Anchor && pos != _anchor) { ok = false; break; }
                        _stack.Push(new Frame(FrameKind.Restore, ins.A, saves[ins.A], 0));
                        saves[ins.A] = pos;
                        pc++;
                        continue;
                    case Op.Look:
                        {
                            bool hit;
                            if (ins.Behind) hit = pos - 1 >= 0 && ins.Unit!.Match(_doc, pos - 1, pos, _lengths) > 0;
                            else hit = ins.Unit!.Match(_doc, pos, _limit, _lengths) > 0;
                            if (hit == ins.Negate) { ok = false; break; }
                            pc++;
                            continue;
                        }
                    case Op.Unit:
                        {
                            int n = ins.Unit!.Match(_doc, pos, _limit, _lengths);
                            if (n == 0) { ok = false; break; }
                            if (n > 1) _stack.Push(new Frame(FrameKind.UnitAlternative, pc, pos, 1));
                            pos += _lengths[0];
                            pc++;
                            continue;
                        }
                }
                if (ok) continue;
                // Backtrack.
                bool resumed = false;
                while (_stack.Count > 0 && !resumed)
                {
                    var f = _stack.Pop();
                    switch (f.Kind)
                    {
                        case FrameKind.Restore:
                            saves[f.Target] = f.Position;
                            break;
                        case FrameKind.Branch:
                            pc = f.Target;
                            pos = f.Position;
                            resumed = true;
                            break;
                        case FrameKind.UnitAlternative:
                            {
                                int n = program[f.Target].Unit!.Match(_doc, f.Position, _limit, _lengths);
                                if (f.Alternative < n)
                                {
                                    if (f.Alternative + 1 < n) _stack.Push(f with { Alternative = f.Alternative + 1 });
                                    pos = f.Position + _lengths[f.Alternative];
                                    pc = f.Target + 1;
                                    resumed = true;
                                }
                                break;
                            }
                    }
                }
                if (!resumed) { end = -1; return false; }
            }
        }
    }

    private enum FrameKind : byte
    {
        Branch,
        Restore,
        UnitAlternative,
    }

    private readonly record struct Frame(FrameKind Kind, int Target, int Position, int Alternative);
}
