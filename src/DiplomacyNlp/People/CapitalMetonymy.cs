using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>
/// Capitals that stand for their governments. News writes "Washington said", "Ottawa has agreed" and "Moscow's reply"
/// for the government of the country; such a capital is an actor, not a place. A Location entity that is exactly a
/// capital (per the country lexicon) and is the subject of a verb (the next token is a verb or modal) or a possessor
/// (the next token is "'s") gets that country's ISO alpha-3 code, and so joins the country's cluster. A capital after a
/// preposition ("in Washington", "from Ottawa") or in any other position stays a plain place.
/// </summary>
public sealed class CapitalMetonymy
{
    private readonly LexiconSet _lexicons;
    private readonly Lazy<SpanDictionary<CountryInfo>> _capitals;

    /// <summary>Creates the rule over <paramref name="lexicons"/> (the capitals of the country lexicon).</summary>
    public CapitalMetonymy(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        _capitals = new Lazy<SpanDictionary<CountryInfo>>(BuildCapitals, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The short forms news uses for capitals the lexicon lists with a qualifier: "Washington" for "Washington, D.C."
    /// (the part before the comma). Full names are looked up in the country lexicon itself.
    /// </summary>
    private SpanDictionary<CountryInfo> BuildCapitals()
    {
        var pairs = new List<KeyValuePair<string, CountryInfo>>();
        foreach (var country in _lexicons.Countries.All)
        {
            int comma = country.Capital.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0) pairs.Add(new(country.Capital[..comma], country));
        }
        return new SpanDictionary<CountryInfo>(pairs, ignoreCase: false);
    }

    /// <summary>
    /// Gives the capitals in <paramref name="entities"/> that stand for a government their country code (entities are
    /// replaced by copies with <see cref="Entity.Country"/> set); returns how many.
    /// </summary>
    public int Apply(string text, IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        int changed = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Location || e.Country is not null || e.TokenCount == 0 || e.EndToken >= tokens.Count) continue;
            var name = text.AsSpan(e.Span.Start, e.Span.Length);
            if (!_lexicons.Countries.TryGetByCapital(name, out var country) && !_capitals.Value.TryGetValue(name, out country)) continue;
            if (!StandsForGovernment(text, tokens, e)) continue;
            entities[i] = e with { Country = country.Iso3 };
            changed++;
        }
        return changed;
    }

    private static bool StandsForGovernment(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.FirstToken > 0 && tokens[e.FirstToken - 1].Pos is PartOfSpeech.IN or PartOfSpeech.TO or PartOfSpeech.DT) return false;
        var next = tokens[e.EndToken];
        if (next.Pos == PartOfSpeech.POS) return true;
        var word = text.AsSpan(next.Start, next.Length);
        if (word is "'s" or "\u2019s") return true;
        return next.Pos is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD;
    }
}
