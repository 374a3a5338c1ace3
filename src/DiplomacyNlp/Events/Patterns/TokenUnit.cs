using System.Text;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// One unit of a token pattern: a single token with conditions on its form, part of speech and shape, or a span that
/// the earlier layers mark (an entity of a type, a person/organization/country mention with its title, a coordinated
/// group of participants, a time expression, a literal phrase from a list). Token conditions of a span unit apply to
/// its first token. Immutable; built with <see cref="TokenUnitBuilder"/>.
/// </summary>
public sealed class TokenUnit
{
    /// <summary>The most lengths one unit offers at a position.</summary>
    internal const int MaxAlternatives = 8;

    internal TokenUnit(UnitKind kind, SpanStringSet? words, SpanStringSet? excluded, ulong posMask, TokenFlags flags, EntityType entityType,
        MentionKind mentions, string[][]? phrases, bool any, string description, IReadOnlyList<string> anchors)
    {
        Kind = kind;
        Words = words;
        Excluded = excluded;
        PosMask = posMask;
        Flags = flags;
        EntityType = entityType;
        Mentions = mentions;
        Phrases = phrases;
        AnyToken = any;
        Description = description;
        AnchorWords = anchors;
    }

    internal UnitKind Kind { get; }

    internal SpanStringSet? Words { get; }

    internal SpanStringSet? Excluded { get; }

    internal ulong PosMask { get; }

    internal TokenFlags Flags { get; }

    internal EntityType EntityType { get; }

    internal MentionKind Mentions { get; }

    internal string[][]? Phrases { get; }

    internal bool AnyToken { get; }

    /// <summary>The words (lowercase) one of which the unit's first token must be, or empty when the unit is not a literal.</summary>
    internal IReadOnlyList<string> AnchorWords { get; }

    /// <summary>A readable description ("word(met|meets)", "entity(Person)").</summary>
    public string Description { get; }

    /// <summary>True when the unit has at least one condition.</summary>
    internal bool HasConditions => AnyToken || Kind != UnitKind.Token || Words is not null || Excluded is not null || PosMask != 0 || Flags != TokenFlags.None;

    /// <summary>The most tokens the unit can cover.</summary>
    internal int MaxLength => Kind switch
    {
        UnitKind.Token => 1,
        UnitKind.Phrase => MaxPhraseLength(),
        UnitKind.Participants => 40,
        _ => 16,
    };

    private int MaxPhraseLength()
    {
        int max = 1;
        foreach (var p in Phrases!) max = Math.Max(max, p.Length);
        return max;
    }

    /// <summary>Writes the lengths (longest first) the unit can match at <paramref name="pos"/> into <paramref name="lengths"/>; returns how many.</summary>
    internal int Match(EventDocument doc, int pos, int limit, Span<int> lengths)
    {
        if (pos >= limit) return 0;
        if (!FirstTokenOk(doc, pos)) return 0;
        switch (Kind)
        {
            case UnitKind.Token:
                lengths[0] = 1;
                return 1;
            case UnitKind.Phrase:
                {
                    int count = 0;
                    foreach (var phrase in Phrases!)
                    {
                        if (pos + phrase.Length > limit) continue;
                        bool ok = true;
                        for (int k = 0; k < phrase.Length && ok; k++) ok = doc.W(pos + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
                        if (ok) count = Insert(lengths, count, phrase.Length);
                    }
                    return count;
                }
            case UnitKind.Entity:
                {
                    int count = 0;
                    var range = doc.EntitiesStartingAt(pos);
                    for (int k = 0; k < range.Count; k++)
                    {
                        var e = range[k];
                        if (e.Type == EntityType && e.EndToken <= limit && e.TokenCount > 0) count = Insert(lengths, count, e.TokenCount);
                    }
                    return count;
                }
            case UnitKind.Mention:
                {
                    int j = CoordinationReader.SkipTitlesRight(doc, pos, limit);
                    var m = doc.MentionAt(j);
                    if (m is null || m.FirstToken != j || (m.Kind & Mentions) == 0 || m.EndToken > limit) return 0;
                    lengths[0] = m.EndToken - pos;
                    return 1;
                }
            case UnitKind.Participants:
                {
                    var found = t_found ??= new List<int>(4);
                    found.Clear();
                    if (!CoordinationReader.ReadRight(doc, pos, limit, Mentions, found, out int end)) return 0;
                    int count = Insert(lengths, 0, end - pos);
                    int firstEnd = doc.Mentions[found[0]].EndToken;
                    if (firstEnd != end) count = Insert(lengths, count, firstEnd - pos);
                    return count;
                }
            case UnitKind.Time:
                {
                    var t = doc.TimeAt(pos);
                    if (t is not { } tm || (tm.FirstToken != pos && tm.CoreFirstToken != pos) || tm.EndToken > limit) return 0;
                    lengths[0] = tm.EndToken - pos;
                    return 1;
                }
            default:
                return 0;
        }
    }

    /// <summary>Per-thread scratch for the mention indices a Participants unit reads.</summary>
    [ThreadStatic]
    private static List<int>? t_found;

    private bool FirstTokenOk(EventDocument doc, int pos)
    {
        var t = doc.Tokens[pos];
        if (Words is not null && !Words.Contains(doc.W(pos))) return false;
        if (Excluded is not null && Excluded.Contains(doc.W(pos))) return false;
        if (PosMask != 0 && (t.Pos == PartOfSpeech.None || (PosMask & (1UL << (int)t.Pos)) == 0)) return false;
        if (Flags != TokenFlags.None && (t.Flags & Flags) != Flags) return false;
        return true;
    }

    /// <summary>Inserts a length keeping the list sorted longest first and free of duplicates.</summary>
    private static int Insert(Span<int> lengths, int count, int length)
    {
        for (int k = 0; k < count; k++)
        {
            if (lengths[k] == length) return count;
        }
        if (count == lengths.Length) return count;
        int at = count;
        while (at > 0 && lengths[at - 1] < length)
        {
            lengths[at] = lengths[at - 1];
            at--;
        }
        lengths[at] = length;
        return count + 1;
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    internal static string Describe(IEnumerable<string> parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(p);
        }
        return sb.Length == 0 ? "empty" : sb.ToString();
    }
}

/// <summary>What a unit spans.</summary>
internal enum UnitKind
{
    /// <summary>One token.</summary>
    Token,
    /// <summary>An entity of a type.</summary>
    Entity,
    /// <summary>A participant mention with its title prefix.</summary>
    Mention,
    /// <summary>A coordinated group of participant mentions.</summary>
    Participants,
    /// <summary>A time expression.</summary>
    Time,
    /// <summary>One of a list of literal phrases.</summary>
    Phrase,
}
