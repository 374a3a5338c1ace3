using DiplomacyNlp.Entities;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Events.Patterns;

/// <summary>
/// Builds a <see cref="TokenUnit"/>: conditions on one token (<see cref="Word"/>, <see cref="Lemma"/>,
/// <see cref="NotWord"/>, <see cref="Pos"/>, <see cref="Capitalized"/>), or one span kind (<see cref="EntityType"/>,
/// <see cref="Person"/>, <see cref="Organization"/>, <see cref="Country"/>, <see cref="Participant"/>,
/// <see cref="Participants"/>, <see cref="Time"/>, <see cref="Phrase"/>). Conditions combine with AND; token
/// conditions on a span unit apply to its first token.
/// </summary>
public sealed class TokenUnitBuilder
{
    private readonly List<string> _words = new();
    private readonly List<string> _excluded = new();
    private readonly List<string[]> _phrases = new();
    private readonly List<string> _description = new();
    private ulong _pos;
    private TokenFlags _flags;
    private UnitKind _kind = UnitKind.Token;
    private EntityType _entityType;
    private MentionKind _mentions;
    private bool _any;
    private bool _hasWords;

    /// <summary>The token is one of <paramref name="forms"/> (case-insensitive).</summary>
    public TokenUnitBuilder Word(params string[] forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        foreach (var f in forms)
        {
            if (string.IsNullOrWhiteSpace(f)) throw new PatternDefinitionException("Word(...) was given an empty word; pass the token forms to match, e.g. Word(\"met\", \"meets\").");
            _words.Add(f.Trim().ToLowerInvariant());
        }
        _hasWords = true;
        _description.Add("word(" + string.Join('|', forms) + ")");
        return this;
    }

    /// <summary>The token is an inflected form of one of <paramref name="lemmas"/> ("meet" matches meet, meets, met, meeting).</summary>
    public TokenUnitBuilder Lemma(params string[] lemmas)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        foreach (var l in lemmas)
        {
            if (string.IsNullOrWhiteSpace(l)) throw new PatternDefinitionException("Lemma(...) was given an empty lemma; pass base forms, e.g. Lemma(\"meet\").");
            _words.AddRange(WordForms.Expand(l));
        }
        _hasWords = true;
        _description.Add("lemma(" + string.Join('|', lemmas) + ")");
        return this;
    }

    /// <summary>The token is none of <paramref name="forms"/>.</summary>
    public TokenUnitBuilder NotWord(params string[] forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        foreach (var f in forms)
        {
            if (!string.IsNullOrWhiteSpace(f)) _excluded.Add(f.Trim().ToLowerInvariant());
        }
        _description.Add("not(" + string.Join('|', forms) + ")");
        return this;
    }

    /// <summary>The token has one of the part-of-speech tags (untagged tokens never match).</summary>
    public TokenUnitBuilder Pos(params PartOfSpeech[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var t in tags) _pos |= 1UL << (int)t;
        _description.Add("pos(" + string.Join('|', tags) + ")");
        return this;
    }

    /// <summary>The token starts with an uppercase letter.</summary>
    public TokenUnitBuilder Capitalized()
    {
        _flags |= TokenFlags.InitialUpper;
        _description.Add("capitalized");
        return this;
    }

    /// <summary>Any single token.</summary>
    public TokenUnitBuilder Any()
    {
        _any = true;
        _description.Add("any");
        return this;
    }

    /// <summary>An entity of <paramref name="type"/> starting here (the whole entity).</summary>
    public TokenUnitBuilder EntityType(EntityType type)
    {
        SetKind(UnitKind.Entity);
        _entityType = type;
        _description.Add("entity(" + type + ")");
        return this;
    }

    /// <summary>A mention of a person (with its title prefix, "Foreign Minister Ana Ruiz").</summary>
    public TokenUnitBuilder Person() => Mention(MentionKind.Person | MentionKind.Role);

    /// <summary>A mention of an organization.</summary>
    public TokenUnitBuilder Organization() => Mention(MentionKind.Organization);

    /// <summary>A mention of a country.</summary>
    public TokenUnitBuilder Country() => Mention(MentionKind.Country);

    /// <summary>A mention of a person, organization or country.</summary>
    public TokenUnitBuilder Participant() => Mention(MentionKind.Any);

    /// <summary>A mention of the given kinds, with its title prefix.</summary>
    public TokenUnitBuilder Mention(MentionKind kinds)
    {
        if (kinds == MentionKind.None) throw new PatternDefinitionException("Mention(MentionKind.None) can never match; pass the kinds to accept, e.g. MentionKind.Person | MentionKind.Country.");
        SetKind(UnitKind.Mention);
        _mentions = kinds;
        _description.Add("mention(" + kinds + ")");
        return this;
    }

    /// <summary>A coordinated group of mentions ("Ana Ruiz and Leo Park", "Peru, Chile and Bolivia").</summary>
    public TokenUnitBuilder Participants(MentionKind kinds = MentionKind.Any)
    {
        if (kinds == MentionKind.None) throw new PatternDefinitionException("Participants(MentionKind.None) can never match; pass the kinds to accept.");
        SetKind(UnitKind.Participants);
        _mentions = kinds;
        _description.Add("participants(" + kinds + ")");
        return this;
    }

    /// <summary>A time expression starting here (with or without its leading "on"/"in").</summary>
    public TokenUnitBuilder Time()
    {
        SetKind(UnitKind.Time);
        _description.Add("time");
        return this;
    }

    /// <summary>One of the literal phrases (each is tokenized like the text: "Foreign Terrorist Organization", "U.S.").</summary>
    public TokenUnitBuilder Phrase(params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        SetKind(UnitKind.Phrase);
        foreach (var p in phrases)
        {
            var tokens = TokenPatternBuilder.SplitPhrase(p);
            if (tokens.Length == 0) throw new PatternDefinitionException("Phrase(...) was given an empty phrase; pass the words to match, e.g. Phrase(\"persona non grata\").");
            _phrases.Add(tokens);
        }
        _description.Add("phrase(" + string.Join('|', phrases) + ")");
        return this;
    }

    private void SetKind(UnitKind kind)
    {
        if (_kind != UnitKind.Token && _kind != kind)
        {
            throw new PatternDefinitionException($"A unit can span only one kind of thing, but both {_kind} and {kind} were asked for; split them into two units.");
        }
        _kind = kind;
    }

    /// <summary>Builds the unit.</summary>
    internal TokenUnit Build()
    {
        var anchors = new List<string>();
        if (_kind == UnitKind.Phrase)
        {
            foreach (var p in _phrases) anchors.Add(p[0]);
        }
        else if (_hasWords)
        {
            anchors.AddRange(_words);
        }
        return new TokenUnit(_kind,
            _hasWords ? new SpanStringSet(_words, ignoreCase: true) : null,
            _excluded.Count > 0 ? new SpanStringSet(_excluded, ignoreCase: true) : null,
            _pos, _flags, _entityType, _mentions, _kind == UnitKind.Phrase ? _phrases.ToArray() : null, _any,
            TokenUnit.Describe(_description), anchors);
    }
}
