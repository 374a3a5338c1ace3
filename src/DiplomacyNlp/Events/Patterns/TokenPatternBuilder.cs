using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// Builds a <see cref="TokenPattern"/> fluently, in the spirit of Catalyst's <c>PatternSpotter</c> but with
/// backtracking and named captures: units (<see cref="Word"/>, <see cref="Lemma"/>, <see cref="Unit"/>), named slots
/// (<see cref="Slot"/>, <see cref="Capture"/>), the trigger (<see cref="Trigger(string)"/>), quantifiers
/// (<see cref="Optional"/>, <see cref="Repeat"/>, <see cref="Gap(int)"/>), alternatives (<see cref="OneOf"/>) and
/// look-arounds (<see cref="NotFollowedBy"/>, <see cref="NotPrecededBy"/>, <see cref="FollowedBy"/>).
/// </summary>
/// <example><code>
/// p => p.Slot("Actor", s => s.Person()).Trigger("sat down with").Slot("Counterpart", s => s.Person())
/// </code></example>
public sealed class TokenPatternBuilder
{
    /// <summary>The capture name of the trigger.</summary>
    public const string TriggerName = "Trigger";

    internal List<PatternElement> Elements { get; } = new();

    /// <summary>A token that is one of <paramref name="forms"/>.</summary>
    public TokenPatternBuilder Word(params string[] forms) => Unit(u => u.Word(forms));

    /// <summary>A token that is an inflected form of one of <paramref name="lemmas"/>.</summary>
    public TokenPatternBuilder Lemma(params string[] lemmas) => Unit(u => u.Lemma(lemmas));

    /// <summary>A literal sequence of tokens ("on the sidelines of").</summary>
    public TokenPatternBuilder Phrase(string phrase) => Unit(u => u.Phrase(phrase));

    /// <summary>Any one token.</summary>
    public TokenPatternBuilder Any() => Unit(u => u.Any());

    /// <summary>A unit built with <paramref name="unit"/>.</summary>
    public TokenPatternBuilder Unit(Action<TokenUnitBuilder> unit)
    {
        Elements.Add(new UnitElement(BuildUnit(unit, "Unit(...)"), 1, 1, true));
        return this;
    }

    /// <summary>A named slot holding one unit ("Actor", "Counterpart", "Date", "Place", "Category", …).</summary>
    /// <exception cref="PatternDefinitionException">The name is empty, or the unit has no condition.</exception>
    public TokenPatternBuilder Slot(string name, Action<TokenUnitBuilder> unit)
    {
        CheckName(name, "Slot");
        var u = BuildUnit(unit, $"Slot(\"{name}\")");
        Elements.Add(new GroupElement([new UnitElement(u, 1, 1, true)], name, 1, 1, true));
        return this;
    }

    /// <summary>A named capture of a whole sub-sequence.</summary>
    /// <exception cref="PatternDefinitionException">The name is empty, or the sequence is empty.</exception>
    public TokenPatternBuilder Capture(string name, Action<TokenPatternBuilder> sequence)
    {
        CheckName(name, "Capture");
        var body = Sub(sequence, $"Capture(\"{name}\")");
        Elements.Add(new GroupElement(body, name, 1, 1, true));
        return this;
    }

    /// <summary>The trigger: a literal phrase ("sat down with", "telephoned").</summary>
    /// <exception cref="PatternDefinitionException">The phrase is empty.</exception>
    public TokenPatternBuilder Trigger(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase) || SplitPhrase(phrase).Length == 0)
        {
            throw new PatternDefinitionException("Trigger(\"\") is empty: give the word or phrase that signals the event, e.g. Trigger(\"sat down with\").");
        }
        var unit = new TokenUnitBuilder().Phrase(phrase).Build();
        Elements.Add(new GroupElement([new UnitElement(unit, 1, 1, true)], TriggerName, 1, 1, true));
        return this;
    }

    /// <summary>The trigger as a sub-pattern (it must begin with a word or phrase unit, used to pre-filter sentences).</summary>
    /// <exception cref="PatternDefinitionException">The sequence is empty.</exception>
    public TokenPatternBuilder Trigger(Action<TokenPatternBuilder> sequence)
    {
        var body = Sub(sequence, "Trigger(...)");
        Elements.Add(new GroupElement(body, TriggerName, 1, 1, true));
        return this;
    }

    /// <summary>An optional sub-sequence (tried first, then skipped).</summary>
    public TokenPatternBuilder Optional(Action<TokenPatternBuilder> sequence) => Repeat(0, 1, sequence);

    /// <summary>A sub-sequence repeated <paramref name="min"/> to <paramref name="max"/> times (max -1: no limit).</summary>
    /// <exception cref="PatternDefinitionException">The bounds are impossible or the sequence is empty.</exception>
    public TokenPatternBuilder Repeat(int min, int max, Action<TokenPatternBuilder> sequence, bool greedy = true)
    {
        if (min < 0 || (max >= 0 && max < min) || max == 0 || max > 64)
        {
            throw new PatternDefinitionException($"Repeat({min}, {max}) has impossible bounds; use 0 ≤ min ≤ max ≤ 64, max ≥ 1 (or max = -1 for no limit).");
        }
        var body = Sub(sequence, $"Repeat({min}, {max})");
        Elements.Add(new GroupElement(body, null, min, max, greedy));
        return this;
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> tokens of anything, as few as possible.</summary>
    public TokenPatternBuilder Gap(int min, int max)
    {
        if (min < 0 || max < min || max > 64) throw new PatternDefinitionException($"Gap({min}, {max}) has impossible bounds; use 0 ≤ min ≤ max ≤ 64.");
        if (max == 0) return this;
        Elements.Add(new UnitElement(new TokenUnitBuilder().Any().Build(), min, max, greedy: false));
        return this;
    }

    /// <summary>Up to <paramref name="max"/> tokens of anything, as few as possible.</summary>
    public TokenPatternBuilder Gap(int max) => Gap(0, max);

    /// <summary>The first alternative that leads to a match.</summary>
    /// <exception cref="PatternDefinitionException">No alternative, or an empty one.</exception>
    public TokenPatternBuilder OneOf(params Action<TokenPatternBuilder>[] alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Length == 0) throw new PatternDefinitionException("OneOf() needs at least one alternative.");
        var list = new List<List<PatternElement>>(alternatives.Length);
        for (int i = 0; i < alternatives.Length; i++) list.Add(Sub(alternatives[i], $"OneOf alternative {i + 1}"));
        Elements.Add(new AltElement(list));
        return this;
    }

    /// <summary>The next token(s) must not match <paramref name="unit"/> (zero-width).</summary>
    public TokenPatternBuilder NotFollowedBy(Action<TokenUnitBuilder> unit)
    {
        Elements.Add(new LookElement(BuildUnit(unit, "NotFollowedBy(...)"), negate: true, behind: false));
        return this;
    }

    /// <summary>The next token(s) must match <paramref name="unit"/> (zero-width).</summary>
    public TokenPatternBuilder FollowedBy(Action<TokenUnitBuilder> unit)
    {
        Elements.Add(new LookElement(BuildUnit(unit, "FollowedBy(...)"), negate: false, behind: false));
        return this;
    }

    /// <summary>The previous token must not match <paramref name="unit"/> (a single-token unit; zero-width).</summary>
    public TokenPatternBuilder NotPrecededBy(Action<TokenUnitBuilder> unit)
    {
        Elements.Add(new LookElement(BuildUnit(unit, "NotPrecededBy(...)"), negate: true, behind: true));
        return this;
    }

    /// <summary>The previous token must match <paramref name="unit"/> (a single-token unit; zero-width).</summary>
    public TokenPatternBuilder PrecededBy(Action<TokenUnitBuilder> unit)
    {
        Elements.Add(new LookElement(BuildUnit(unit, "PrecededBy(...)"), negate: false, behind: true));
        return this;
    }

    /// <summary>Compiles the pattern.</summary>
    /// <exception cref="PatternDefinitionException">The pattern is empty, has no trigger, more than one, or an optional one.</exception>
    public TokenPattern Build() => TokenPattern.Compile(Elements);

    internal static string[] SplitPhrase(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return Array.Empty<string>();
        var tokens = Tokenizer.Default.Tokenize(phrase);
        var result = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) result[i] = tokens[i].GetText(phrase).ToLowerInvariant();
        return result;
    }

    private static void CheckName(string name, string method)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new PatternDefinitionException($"{method}(\"\") has no name; name the slot, e.g. {method}(\"Actor\", …).");
        if (name == TriggerName) throw new PatternDefinitionException($"{method}(\"{TriggerName}\") is reserved; use Trigger(…) for the trigger.");
    }

    private static TokenUnit BuildUnit(Action<TokenUnitBuilder> configure, string where)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var b = new TokenUnitBuilder();
        configure(b);
        var unit = b.Build();
        if (!unit.HasConditions)
        {
            throw new PatternDefinitionException($"{where} is empty: give it at least one condition, e.g. s => s.EntityType(EntityType.Person), s => s.Word(\"met\") or s => s.Any().");
        }
        return unit;
    }

    private static List<PatternElement> Sub(Action<TokenPatternBuilder> configure, string where)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var b = new TokenPatternBuilder();
        configure(b);
        if (b.Elements.Count == 0) throw new PatternDefinitionException($"{where} is empty: add at least one unit inside it.");
        return b.Elements;
    }
}
