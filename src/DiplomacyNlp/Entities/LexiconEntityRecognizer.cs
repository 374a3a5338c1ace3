using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Entities;

/// <summary>
/// High-precision lexicon matches, longest first: countries (Location with ISO alpha-3), demonyms (Nationality),
/// international organizations (names and acronyms) and role titles (Role with canonical title and sector).
/// Case rules keep precision high: country names and demonyms match on their usual capitalization or in
/// capitals; acronyms only in capitals and not in all-caps headlines; a title needs a capital letter, or a
/// preceding nationality, country, organization acronym or possessive, or (in lowercase) a capitalized name after it. Built once per <see cref="LexiconSet"/>; thread-safe.
/// </summary>
public sealed class LexiconEntityRecognizer
{
    private readonly LexiconSet _lexicons;
    private readonly TokenTrie<CountryInfo> _countries;
    private readonly TokenTrie<CountryInfo> _demonyms;
    private readonly TokenTrie<TitleInfo> _titles;
    private readonly TokenTrie<OrganizationInfo> _orgNames;

    /// <summary>Builds the recognizer's tries from <paramref name="lexicons"/>.</summary>
    public LexiconEntityRecognizer(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        var tokenizer = new Tokenizer(lexicons.KeepWholeTokens);
        _countries = new TokenTrie<CountryInfo>(ignoreCase: false, tokenizer);
        foreach (var n in lexicons.Countries.NameStrings)
        {
            if (lexicons.Countries.TryGetByName(n, out var c)) _countries.Add(n, c);
        }
        _demonyms = new TokenTrie<CountryInfo>(ignoreCase: false, tokenizer);
        foreach (var d in lexicons.Countries.DemonymStrings)
        {
            if (lexicons.Countries.TryGetByDemonym(d, out var c)) _demonyms.Add(d, c);
        }
        _titles = new TokenTrie<TitleInfo>(ignoreCase: true, tokenizer);
        foreach (var t in lexicons.Titles.Titles)
        {
            if (lexicons.Titles.TryGet(t, out var info)) _titles.Add(t, info);
        }
        _orgNames = new TokenTrie<OrganizationInfo>(ignoreCase: true, tokenizer);
        foreach (var n in lexicons.Organizations.Names)
        {
            if (n.IndexOf(' ') > 0 && lexicons.Organizations.TryGetByName(n, out var o)) _orgNames.Add(n, o);
        }
    }

    /// <summary>The recognizer over the embedded lexicons (built on first use).</summary>
    public static LexiconEntityRecognizer Default => DefaultLazy.Value;

    private static readonly Lazy<LexiconEntityRecognizer> DefaultLazy = new(() => new LexiconEntityRecognizer(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Appends candidate entities for tokens <paramref name="first"/>..<paramref name="end"/> (one sentence).</summary>
    public void Recognize(string text, IReadOnlyList<Token> tokens, int first, int end, List<Entity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        bool headline = IsAllCapsSentence(text, tokens, first, end);
        int i = first;
        while (i < end)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !(t.Has(TokenFlags.InitialUpper) || t.Has(TokenFlags.AllLower)))
            {
                i++;
                continue;
            }
            int best = 0;
            EntityType type = default;
            string? country = null, canonical = null, sector = null;
            double confidence = 0;

            if (t.Has(TokenFlags.InitialUpper) && _orgNames.TryMatchLongest(text, tokens, i, end, out int on, out var org) && on > best)
            {
                best = on; type = EntityType.Organization; canonical = org.Name; sector = org.Sector; confidence = 0.95; country = null;
            }
            if (t.Has(TokenFlags.InitialUpper) && _countries.TryMatchLongest(text, tokens, i, end, out int cn, out var c) && cn > best && !IsInsideLongerPlace(text, tokens, i, cn, first, end))
            {
                best = cn; type = EntityType.Location; country = c.Iso3; canonical = c.Name; sector = null; confidence = cn == 1 && t.Length <= 3 ? 0.95 : 0.98;
            }
            if (t.Has(TokenFlags.InitialUpper) && _demonyms.TryMatchLongest(text, tokens, i, end, out int dn, out var d) && dn > best)
            {
                best = dn; type = EntityType.Nationality; country = d.Iso3; canonical = d.Name; sector = null; confidence = 0.95;
            }
            if (_titles.TryMatchLongest(text, tokens, i, end, out int tn, out var title) && tn >= best && AcceptTitle(text, tokens, i, tn, first, end, headline, out double tc))
            {
                if (tn > best || type != EntityType.Organization)
                {
                    best = tn; type = EntityType.Role; country = null; canonical = title.Canonical; sector = title.Sector; confidence = tc;
                }
            }
            if (best == 0 && !headline && t.Has(TokenFlags.AllUpper) && t.Length >= 2 && t.Length <= 8 &&
                _lexicons.Organizations.TryGetByAcronym(text.AsSpan(t.Start, t.Length), out var acr))
            {
                best = 1; type = EntityType.Organization; canonical = acr.Name.Length > 0 ? acr.Name : acr.Acronym; sector = acr.Sector; confidence = 0.9; country = null;
            }
            if (best == 0)
            {
                i++;
                continue;
            }
            var span = SourceSpan.FromBounds(tokens[i].Start, tokens[i + best - 1].End);
            output.Add(new Entity
            {
                Id = string.Empty,
                Type = type,
                Span = span,
                Text = text.Substring(span.Start, span.Length),
                FirstToken = i,
                TokenCount = best,
                Confidence = confidence,
                Source = EntitySource.Lexicon,
                Country = country,
                Canonical = canonical,
                Sector = sector,
            });
            i += best;
        }
    }

    /// <summary>"New Mexico", "Mexico City": a country name inside a longer place name is not the country.</summary>
    private bool IsInsideLongerPlace(string text, IReadOnlyList<Token> tokens, int i, int n, int first, int end)
    {
        if (i > first)
        {
            var prev = tokens[i - 1];
            if (prev.Kind == TokenKind.Word && prev.Has(TokenFlags.InitialUpper) && !prev.Has(TokenFlags.SentenceStart) && prev.End + 1 == tokens[i].Start)
            {
                var two = text.AsSpan(prev.Start, tokens[i + n - 1].End - prev.Start);
                if (_lexicons.Places.TryGet(two, out _)) return true;
            }
        }
        if (i + n < end)
        {
            var next = tokens[i + n];
            if (next.Kind == TokenKind.Word && next.Has(TokenFlags.InitialUpper) && tokens[i + n - 1].End + 1 == next.Start)
            {
                var two = text.AsSpan(tokens[i].Start, next.End - tokens[i].Start);
                if (_lexicons.Places.TryGet(two, out _)) return true;
            }
        }
        return false;
    }

    private bool AcceptTitle(string text, IReadOnlyList<Token> tokens, int i, int n, int first, int end, bool headline, out double confidence)
    {
        var t = tokens[i];
        bool capital = t.Has(TokenFlags.InitialUpper) && !headline;
        bool prevAffiliation = false;
        // "Brazil's first female president", "the Mexican top diplomat": skip a few modifiers back to a possessive or a country
        for (int k = i - 1, skipped = 0; k >= first && skipped <= 3; k--, skipped++)
        {
            var p = tokens[k];
            var ps = text.AsSpan(p.Start, p.Length);
            if (ps is "'s" or "’s" || (p.Has(TokenFlags.InitialUpper) && (_lexicons.Countries.TryGetByDemonym(ps, out _) || _lexicons.Countries.TryGetByName(ps, out _)))
                || (p.Has(TokenFlags.AllUpper) && _lexicons.Organizations.TryGetByAcronym(ps, out _)))
            {
                prevAffiliation = true;
                break;
            }
            if (!(ps is "first" or "female" or "male" or "new" or "top" or "former" or "acting" or "interim" or "current" or "then" or "deputy" or "chief" or "senior" or "foreign" or "defense" or "defence" or "interior")) break;
        }
        bool nextName = i + n < end && tokens[i + n].Kind == TokenKind.Word && tokens[i + n].Has(TokenFlags.InitialUpper);
        if (n > 1)
        {
            confidence = capital ? 0.97 : 0.85;
            return capital || prevAffiliation || t.Has(TokenFlags.AllLower);
        }
        if (capital && (nextName || prevAffiliation))
        {
            confidence = 0.96;
            // "General Assembly", "Minister Council": an organization head word after the title means it is part of a name
            if (nextName && _lexicons.Organizations.IsHeadWord(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length), out _)) return false;
            return true;
        }
        if (prevAffiliation)
        {
            confidence = 0.85;
            return true;
        }
        // "peace envoy Ana Ortiz", "spokesman Luis Vega": a lowercase title right before a capitalized name
        if (t.Has(TokenFlags.AllLower) && nextName && !headline)
        {
            confidence = 0.8;
            return true;
        }
        confidence = 0.8;
        return capital && !t.Has(TokenFlags.SentenceStart) && IsCoreTitle(text.AsSpan(t.Start, t.Length));
    }

    private static bool IsCoreTitle(ReadOnlySpan<char> w) =>
        w is "President" or "Minister" or "Secretary" or "Ambassador" or "Envoy" or "Senator" or "Governor" or "Chancellor" or "Premier" or "King" or "Queen" or "Pope";

    private static bool IsAllCapsSentence(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        int words = 0, caps = 0;
        for (int i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 2) continue;
            words++;
            if (t.Has(TokenFlags.AllUpper)) caps++;
        }
        return words >= 4 && caps * 10 >= words * 7;
    }
}
