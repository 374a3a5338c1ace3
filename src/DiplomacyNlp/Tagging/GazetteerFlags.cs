using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>Per-token lexicon memberships used as tagger features (bit flags).</summary>
[Flags]
public enum GazetteerFlags : ushort
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>A country name or abbreviation.</summary>
    Country = 1 << 0,
    /// <summary>A demonym.</summary>
    Demonym = 1 << 1,
    /// <summary>A capital city.</summary>
    Capital = 1 << 2,
    /// <summary>A GeoNames place.</summary>
    Place = 1 << 3,
    /// <summary>A given name.</summary>
    GivenName = 1 << 4,
    /// <summary>A surname.</summary>
    Surname = 1 << 5,
    /// <summary>A one-word role title.</summary>
    Title = 1 << 6,
    /// <summary>A word that heads organization names.</summary>
    OrganizationHead = 1 << 7,
    /// <summary>A known organization acronym.</summary>
    OrganizationAcronym = 1 << 8,
    /// <summary>A common lowercase English word.</summary>
    CommonWord = 1 << 9,
    /// <summary>Any English word-list entry.</summary>
    KnownWord = 1 << 10,
    /// <summary>A frequent surname (at least 50 per million).</summary>
    FrequentSurname = 1 << 11,
    /// <summary>A frequent given name (at least 10,000 births).</summary>
    FrequentGivenName = 1 << 12,
}

/// <summary>Computes <see cref="GazetteerFlags"/> for tokens from a <see cref="LexiconSet"/>.</summary>
public sealed class GazetteerFeatureSource
{
    private readonly LexiconSet _lexicons;

    /// <summary>Creates the source.</summary>
    public GazetteerFeatureSource(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        lexicons.LoadAll();
    }

    /// <summary>The flags of one token's text.</summary>
    public GazetteerFlags Compute(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || w.Length > 40) return GazetteerFlags.None;
        var f = GazetteerFlags.None;
        char c0 = w[0];
        bool upper = char.IsUpper(c0);
        if (upper)
        {
            if (_lexicons.Countries.TryGetByName(w, out _)) f |= GazetteerFlags.Country;
            if (_lexicons.Countries.TryGetByDemonym(w, out _)) f |= GazetteerFlags.Demonym;
            if (_lexicons.Countries.TryGetByCapital(w, out _)) f |= GazetteerFlags.Capital;
            if (_lexicons.Places.TryGet(w, out _)) f |= GazetteerFlags.Place;
            if (_lexicons.Organizations.TryGetByAcronym(w, out _)) f |= GazetteerFlags.OrganizationAcronym;
        }
        if (char.IsLetter(c0))
        {
            int g = _lexicons.Names.GivenNameFrequency(w);
            if (g > 0) f |= GazetteerFlags.GivenName;
            if (g >= 10000) f |= GazetteerFlags.FrequentGivenName;
            int s = _lexicons.Names.SurnameFrequency(w);
            if (s > 0) f |= GazetteerFlags.Surname;
            if (s >= 50) f |= GazetteerFlags.FrequentSurname;
            if (_lexicons.Titles.TryGet(w, out _)) f |= GazetteerFlags.Title;
            if (_lexicons.Organizations.IsHeadWord(w, out _)) f |= GazetteerFlags.OrganizationHead;
            if (_lexicons.Words.IsCommonLowercaseWord(w)) f |= GazetteerFlags.CommonWord;
            if (_lexicons.Words.IsKnownWord(w)) f |= GazetteerFlags.KnownWord;
        }
        return f;
    }

    /// <summary>Fills <paramref name="output"/> with the flags of tokens <paramref name="first"/>..<paramref name="end"/>.</summary>
    public void Compute(string text, IReadOnlyList<Token> tokens, int first, int end, Span<GazetteerFlags> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        for (int i = first; i < end; i++)
        {
            var t = tokens[i];
            output[i - first] = t.Kind == TokenKind.Word ? Compute(text.AsSpan(t.Start, t.Length)) : GazetteerFlags.None;
        }
    }
}
