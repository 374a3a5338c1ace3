using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>
/// Links role titles to the people who hold them and reads each role's affiliation and qualifiers from the text.
/// Constructions, each a rule over tokens and entities of one sentence:
/// <list type="bullet">
/// <item>title + name: "Canadian Foreign Minister Helen Marchetti", "President Ana Torres";</item>
/// <item>title, name: "the Secretary of the Interior, Rosa Medina,";</item>
/// <item>name, title apposition: "Helen Marchetti, the Canadian foreign minister," and "Torres, Chile's first female president";</item>
/// <item>name … as/named title: "Obi, who was confirmed as Secretary of State in January";</item>
/// <item>plural title + coordinated names: "Secretaries Obi and Lane", "Ministers Ruiz and Berg".</item>
/// </list>
/// Affiliation: a country or demonym right before the title ("U.S.", "Mexican", "Mexico's"), or "of Country" after it.
/// Qualifiers: former/ex- (Former, sector ELI), acting/interim (Acting), -elect/designate/nominee (Elect), deputy/vice (Deputy).
/// </summary>
public sealed class RoleLinker
{
    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "ex-", "retired", "ousted", "exiled", "late" };
    private static readonly HashSet<string> ActingWords = new(StringComparer.OrdinalIgnoreCase) { "acting", "interim", "caretaker" };
    private static readonly HashSet<string> ElectWords = new(StringComparer.OrdinalIgnoreCase) { "elect", "designate", "nominee", "-elect" };
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase) { "as", "named", "appointed", "elected", "became", "becomes", "new" };
    private static readonly HashSet<string> AppositionFillers = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "his", "her", "their", "first", "female", "male", "new", "top", "current", "then", "outgoing", "incoming", "former", "acting", "interim", "chief", "senior" };

    private readonly LexiconSet _lexicons;

    /// <summary>Creates a linker over the given lexicons (titles, countries).</summary>
    public RoleLinker(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>A role found in the text and, when the text says so, the person entity that holds it.</summary>
    /// <param name="Role">The role.</param>
    /// <param name="HolderEntityIndex">Index in the entity list of the holder's Person entity, or -1.</param>
    /// <param name="IsDefiniteDescription">"the Mexican president" with no name: may refer to a person named elsewhere.</param>
    public readonly record struct LinkedRole(PersonRole Role, int HolderEntityIndex, bool IsDefiniteDescription);

    /// <summary>Finds roles and their holders in one document.</summary>
    public List<LinkedRole> Link(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        var result = new List<LinkedRole>();
        // entity starting/ending at each token, by type
        var personStarting = new Dictionary<int, int>();
        var personEnding = new Dictionary<int, int>();
        var countryEnding = new Dictionary<int, Entity>();
        var countryStarting = new Dictionary<int, Entity>();
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.TokenCount == 0) continue;
            if (e.Type == EntityType.Person)
            {
                personStarting.TryAdd(e.FirstToken, i);
                personEnding.TryAdd(e.EndToken - 1, i);
            }
            else if (e.Country is not null && e.Type is EntityType.Location or EntityType.Nationality)
            {
                countryEnding.TryAdd(e.EndToken - 1, e);
                countryStarting.TryAdd(e.FirstToken, e);
            }
        }

        // entities are in text order: walk them alongside the sentences (linear, not sentences × entities)
        int ei = 0;
        foreach (var s in sentences)
        {
            while (ei < entities.Count && entities[ei].FirstToken < s.FirstToken) ei++;
            for (int i = ei; i < entities.Count && entities[i].FirstToken < s.EndToken; i++)
            {
                var e = entities[i];
                if (e.Type != EntityType.Role || e.TokenCount == 0) continue;
                var role = Describe(text, tokens, s, e, countryEnding, countryStarting);
                int holder = FindHolder(text, tokens, s, e, personStarting, personEnding, entities);
                int phraseStart = FirstOfNounPhrase(text, tokens, s, e, countryEnding);
                bool definite = holder < 0 && phraseStart > s.FirstToken && IsDeterminer(text, tokens[phraseStart - 1]);
                result.Add(new LinkedRole(role, holder, definite));
            }
            LinkPluralTitles(text, tokens, s, personStarting, entities, countryEnding, result);
        }
        return result;
    }

    private PersonRole Describe(string text, IReadOnlyList<Token> tokens, Sentence s, Entity e, Dictionary<int, Entity> countryEnding, Dictionary<int, Entity> countryStarting)
    {
        var quals = RoleQualifiers.None;
        string? country = null;
        // walk left over qualifiers, a possessive and a country/demonym
        int k = e.FirstToken - 1;
        while (k >= s.FirstToken)
        {
            var w = Word(text, tokens[k]);
            if (FormerWords.Contains(w)) { quals |= RoleQualifiers.Former; k--; continue; }
            if (ActingWords.Contains(w)) { quals |= RoleQualifiers.Acting; k--; continue; }
            if (w.Equals("deputy", StringComparison.OrdinalIgnoreCase) || w.Equals("vice", StringComparison.OrdinalIgnoreCase)) { quals |= RoleQualifiers.Deputy; k--; continue; }
            if (w is "first" or "female" or "male" or "new" or "top" or "current" or "chief" or "senior" && k > s.FirstToken) { k--; continue; }
            if (w is "'s" or "’s" && k - 1 >= s.FirstToken && countryEnding.TryGetValue(k - 1, out var owner)) { country ??= owner.Country; k = owner.FirstToken - 1; continue; }
            if (country is null && countryEnding.TryGetValue(k, out var c)) { country = c.Country; k = c.FirstToken - 1; continue; }
            if (w is "-" && k - 1 >= s.FirstToken && countryEnding.TryGetValue(k - 1, out var hyph)) { country ??= hyph.Country; k = hyph.FirstToken - 1; continue; }
            break;
        }
        // -elect, designate after the title; "of Country" after it
        int after = e.EndToken;
        if (after < s.EndToken)
        {
            var w = Word(text, tokens[after]);
            if (ElectWords.Contains(w) || (w == "-" && after + 1 < s.EndToken && ElectWords.Contains(Word(text, tokens[after + 1])))) quals |= RoleQualifiers.Elect;
            if (country is null && w.Equals("of", StringComparison.OrdinalIgnoreCase) && countryStarting.TryGetValue(after + 1, out var of)) country = of.Country;
        }
        var title = e.Text;
        if (title.EndsWith("-elect", StringComparison.OrdinalIgnoreCase)) quals |= RoleQualifiers.Elect;
        if (title.StartsWith("Deputy ", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Vice ", StringComparison.OrdinalIgnoreCase)) quals |= RoleQualifiers.Deputy;
        if (title.StartsWith("Former ", StringComparison.OrdinalIgnoreCase)) quals |= RoleQualifiers.Former;
        string canonical = e.Canonical ?? (_lexicons.Titles.TryGet(title, out var info) ? info.Canonical : CapitalizeWords(title));
        string? sector = e.Sector ?? (_lexicons.Titles.TryGet(title, out var info2) ? info2.Sector : null);
        if ((quals & RoleQualifiers.Former) != 0) sector = "ELI";
        return new PersonRole
        {
            Title = title,
            CanonicalTitle = CapitalizeWords(canonical),
            Country = country,
            Sector = sector,
            Qualifiers = quals,
            Span = e.Span,
            EntityId = e.Id,
        };
    }

    private static int FindHolder(string text, IReadOnlyList<Token> tokens, Sentence s, Entity role, Dictionary<int, int> personStarting, Dictionary<int, int> personEnding, IReadOnlyList<Entity> entities)
    {
        int after = role.EndToken;
        // title + name, allowing "-elect" in between
        if (personStarting.TryGetValue(after, out int p)) return p;
        if (after + 1 < s.EndToken && Word(text, tokens[after]) is "-elect" or "elect" && personStarting.TryGetValue(after + 1, out p)) return p;
        // the title [of Country], Name,
        if (after + 1 < s.EndToken && Word(text, tokens[after]) == "of")
        {
            int k = after + 1;
            while (k < s.EndToken && k < after + 5 && tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.InitialUpper)) k++;
            if (k < s.EndToken && k > after + 1 && Word(text, tokens[k]) == ",") after = k;
        }
        if (after < s.EndToken && Word(text, tokens[after]) == "," && personStarting.TryGetValue(after + 1, out p))
        {
            int before = role.FirstToken - 1;
            bool determiner = false;
            for (int k = before; k >= s.FirstToken && k >= role.FirstToken - 4; k--)
            {
                if (IsDeterminer(text, tokens[k])) { determiner = true; break; }
            }
            // "Minister of Health, Ana Ruiz" also reads as apposition when the title opens the sentence
            if (determiner || role.FirstToken == s.FirstToken) return p;
        }
        // Name, [the] [Country's] [first female] title
        int k2 = role.FirstToken - 1;
        int steps = 0;
        while (k2 >= s.FirstToken && steps < 7)
        {
            var w = Word(text, tokens[k2]);
            if (w == ",")
            {
                if (k2 - 1 >= s.FirstToken && personEnding.TryGetValue(k2 - 1, out p)) return p;
                break;
            }
            if (personEnding.ContainsKey(k2) || w is "and" or "or" or "." or ";") break;
            k2--;
            steps++;
        }
        // Name ... as/named title (same sentence, no other person in between)
        if (role.FirstToken - 1 >= s.FirstToken)
        {
            int k3 = role.FirstToken - 1;
            while (k3 >= s.FirstToken && (IsDeterminer(text, tokens[k3]) || tokens[k3].Kind != TokenKind.Word || AppositionFillers.Contains(Word(text, tokens[k3])) && !LinkWords.Contains(Word(text, tokens[k3]))))
            {
                if (tokens[k3].Kind == TokenKind.Punctuation) break;
                k3--;
            }
            if (k3 >= s.FirstToken && LinkWords.Contains(Word(text, tokens[k3])))
            {
                for (int k = k3 - 1; k >= s.FirstToken && k >= k3 - 8; k--)
                {
                    if (personEnding.TryGetValue(k, out p))
                    {
                        return p;
                    }
                }
            }
        }
        _ = entities;
        return -1;
    }

    private void LinkPluralTitles(string text, IReadOnlyList<Token> tokens, Sentence s, Dictionary<int, int> personStarting, IReadOnlyList<Entity> entities,
        Dictionary<int, Entity> countryEnding, List<LinkedRole> result)
    {
        for (int i = s.FirstToken; i < s.EndToken - 1; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.InitialUpper)) continue;
            var w = Word(text, t);
            if (w.Length < 5 || w[^1] != 's') continue;
            string singular = w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y" : w[..^1];
            if (!_lexicons.Titles.TryGet(singular, out var info)) continue;
            // Titles A and B (and C)
            var holders = new List<int>();
            int k = i + 1;
            while (k < s.EndToken && personStarting.TryGetValue(k, out int p))
            {
                holders.Add(p);
                k = entities[p].EndToken;
                if (k < s.EndToken && Word(text, tokens[k]) is "and" or ",") k++;
                else break;
            }
            if (holders.Count < 2) continue;
            string? country = i - 1 >= s.FirstToken && countryEnding.TryGetValue(i - 1, out var c) ? c.Country : null;
            foreach (int h in holders)
            {
                var role = new PersonRole
                {
                    Title = singular,
                    CanonicalTitle = info.Canonical,
                    Country = country,
                    Sector = info.Sector,
                    Span = t.Span,
                };
                result.Add(new LinkedRole(role, h, false));
            }
        }
    }

    private static int FirstOfNounPhrase(string text, IReadOnlyList<Token> tokens, Sentence s, Entity role, Dictionary<int, Entity> countryEnding)
    {
        int k = role.FirstToken;
        while (k - 1 > s.FirstToken)
        {
            var prev = tokens[k - 1];
            var w = Word(text, prev);
            if (countryEnding.TryGetValue(k - 1, out var c)) { k = c.FirstToken; continue; }
            if (FormerWords.Contains(w) || ActingWords.Contains(w) || w is "'s" or "’s" || w.Equals("top", StringComparison.OrdinalIgnoreCase)) { k--; continue; }
            break;
        }
        return k;
    }

    private static bool IsDeterminer(string text, Token t) => Word(text, t) is "the" or "The" or "its" or "Its" or "their" or "his" or "her";

    private static string Word(string text, Token t) => t.Length <= 12 ? text.Substring(t.Start, t.Length) : string.Empty;

    private static string CapitalizeWords(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && w is "of" or "the" or "for" or "and" or "to") continue;
            if (w.Length > 0 && char.IsLower(w[0])) words[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', words);
    }
}
