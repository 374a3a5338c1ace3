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
/// <item>plural title + coordinated names: "Secretaries Obi and Lane", "Ministers Ruiz and Berg";</item>
/// <item>counterparts: "Foreign Minister Helen Marchetti met her Peruvian counterpart Luis Vega" (Vega: Foreign Minister, PER).</item>
/// </list>
/// Affiliation: a country or demonym right before the title ("U.S.", "Mexican", "Mexico's"), or "of Country" after it;
/// otherwise an organization right before it ("UN envoy").
/// Qualifiers: former/ex- (Former, sector ELI), acting/interim (Acting), -elect/designate/nominee (Elect), deputy/vice (Deputy).
/// </summary>
public sealed class RoleLinker
{
    private static readonly SpanStringSet FormerWords = new(["former", "ex", "ex-", "retired", "ousted", "exiled", "late"], ignoreCase: true);
    private static readonly SpanStringSet ActingWords = new(["acting", "interim", "caretaker"], ignoreCase: true);
    private static readonly SpanStringSet ElectWords = new(["elect", "designate", "nominee", "-elect"], ignoreCase: true);
    private static readonly SpanStringSet LinkWords = new(["as", "named", "appointed", "elected", "became", "becomes", "new"], ignoreCase: true);
    private static readonly SpanStringSet AppositionFillers = new(["the", "a", "an", "its", "his", "her", "their", "first", "female", "male", "new", "top", "current", "then", "outgoing", "incoming", "former", "acting", "interim", "chief", "senior"], ignoreCase: true);

    /// <summary>Per-thread lookup tables reused across documents (Link does not call out, so it is never re-entered).</summary>
    [ThreadStatic] private static Scratch? t_scratch;

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
        var result = new List<LinkedRole>();
        Link(text, tokens, sentences, entities, result);
        return result;
    }

    /// <summary>Finds roles and their holders in one document and appends them to <paramref name="result"/>.</summary>
    internal void Link(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, List<LinkedRole> result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        // entity starting/ending at each token, by type (the first entity wins)
        int size = tokens.Count + 1;
        for (int i = 0; i < entities.Count; i++) size = Math.Max(size, entities[i].EndToken + 1);
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(size);
        var personStarting = new TokenMap(scratch.PersonStarting, size, entities);
        var personEnding = new TokenMap(scratch.PersonEnding, size, entities);
        var countryEnding = new TokenMap(scratch.CountryEnding, size, entities);
        var countryStarting = new TokenMap(scratch.CountryStarting, size, entities);
        var organizationEnding = new TokenMap(scratch.OrganizationEnding, size, entities);
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.TokenCount == 0) continue;
            if (e.Type == EntityType.Person)
            {
                personStarting.TryAdd(e.FirstToken, i);
                personEnding.TryAdd(e.EndToken - 1, i);
            }
            else if (e.Type == EntityType.Organization)
            {
                organizationEnding.TryAdd(e.EndToken - 1, i);
            }
            else if (e.Country is not null && e.Type is EntityType.Location or EntityType.Nationality)
            {
                countryEnding.TryAdd(e.EndToken - 1, i);
                countryStarting.TryAdd(e.FirstToken, i);
            }
        }

        // entities are in text order: walk them alongside the sentences (linear, not sentences × entities)
        int ei = 0;
        foreach (var s in sentences)
        {
            int sentenceRoles = result.Count;
            while (ei < entities.Count && entities[ei].FirstToken < s.FirstToken) ei++;
            for (int i = ei; i < entities.Count && entities[i].FirstToken < s.EndToken; i++)
            {
                var e = entities[i];
                if (e.Type != EntityType.Role || e.TokenCount == 0) continue;
                var role = Describe(text, tokens, s, e, countryEnding, countryStarting, organizationEnding);
                int holder = FindHolder(text, tokens, s, e, personStarting, personEnding, entities);
                int phraseStart = FirstOfNounPhrase(text, tokens, s, e, countryEnding);
                bool definite = holder < 0 && phraseStart > s.FirstToken && IsDeterminer(text, tokens[phraseStart - 1]);
                result.Add(new LinkedRole(role, holder, definite));
            }
            LinkPluralTitles(text, tokens, s, personStarting, entities, countryEnding, result, scratch.Holders);
            LinkCounterparts(text, tokens, s, personStarting, countryEnding, result, sentenceRoles);
        }
        scratch.Trim();
    }

    /// <summary>Reusable per-thread tables: for each token, the index of the entity starting or ending there, or -1.</summary>
    private sealed class Scratch
    {
        public int[] PersonStarting = [];
        public int[] PersonEnding = [];
        public int[] CountryEnding = [];
        public int[] CountryStarting = [];
        public int[] OrganizationEnding = [];
        public readonly List<int> Holders = new();

        public void Reset(int size)
        {
            if (PersonStarting.Length < size)
            {
                int capacity = Math.Max(size, PersonStarting.Length * 2);
                PersonStarting = new int[capacity];
                PersonEnding = new int[capacity];
                CountryEnding = new int[capacity];
                CountryStarting = new int[capacity];
                OrganizationEnding = new int[capacity];
            }
            PersonStarting.AsSpan(0, size).Fill(-1);
            PersonEnding.AsSpan(0, size).Fill(-1);
            CountryEnding.AsSpan(0, size).Fill(-1);
            CountryStarting.AsSpan(0, size).Fill(-1);
            OrganizationEnding.AsSpan(0, size).Fill(-1);
        }

        /// <summary>Lets go of tables grown for an unusually long document.</summary>
        public void Trim()
        {
            if (PersonStarting.Length <= MaxRetainedTokens) return;
            PersonStarting = PersonEnding = CountryEnding = CountryStarting = OrganizationEnding = [];
        }

        private const int MaxRetainedTokens = 1 << 16;
    }

    /// <summary>A token-indexed view of one scratch table: token → entity index.</summary>
    private readonly struct TokenMap(int[] slots, int size, IReadOnlyList<Entity> entities)
    {
        public void TryAdd(int token, int entityIndex)
        {
            if ((uint)token < (uint)size && slots[token] < 0) slots[token] = entityIndex;
        }

        public bool TryGetValue(int token, out int entityIndex)
        {
            entityIndex = (uint)token < (uint)size ? slots[token] : -1;
            return entityIndex >= 0;
        }

        public bool ContainsKey(int token) => TryGetValue(token, out _);

        public bool TryGetEntity(int token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entity? entity)
        {
            entity = TryGetValue(token, out int i) ? entities[i] : null;
            return entity is not null;
        }
    }

    private PersonRole Describe(string text, IReadOnlyList<Token> tokens, Sentence s, Entity e, TokenMap countryEnding, TokenMap countryStarting, TokenMap organizationEnding)
    {
        var quals = RoleQualifiers.None;
        string? country = null;
        string? organization = null;
        // walk left over qualifiers, a possessive and a country/demonym
        int k = e.FirstToken - 1;
        while (k >= s.FirstToken)
        {
            var w = Word(text, tokens[k]);
            if (FormerWords.Contains(w)) { quals |= RoleQualifiers.Former; k--; continue; }
            if (ActingWords.Contains(w)) { quals |= RoleQualifiers.Acting; k--; continue; }
            if (w.Equals("deputy", StringComparison.OrdinalIgnoreCase) || w.Equals("vice", StringComparison.OrdinalIgnoreCase)) { quals |= RoleQualifiers.Deputy; k--; continue; }
            if (w is "first" or "female" or "male" or "new" or "top" or "current" or "chief" or "senior" && k > s.FirstToken) { k--; continue; }
            if (w is "'s" or "’s" && k - 1 >= s.FirstToken && countryEnding.TryGetEntity(k - 1, out var owner)) { country ??= owner.Country; k = owner.FirstToken - 1; continue; }
            if (country is null && countryEnding.TryGetEntity(k, out var c)) { country = c.Country; k = c.FirstToken - 1; continue; }
            if (w is "-" && k - 1 >= s.FirstToken && countryEnding.TryGetEntity(k - 1, out var hyph)) { country ??= hyph.Country; k = hyph.FirstToken - 1; continue; }
            // "UN envoy", "the NATO Secretary General": an organization right before the title
            if (country is null && organization is null && organizationEnding.TryGetEntity(k, out var org)) { organization = org.Canonical ?? org.Text; k = org.FirstToken - 1; continue; }
            break;
        }
        // -elect, designate after the title; "of Country" after it
        int after = e.EndToken;
        if (after < s.EndToken)
        {
            var w = Word(text, tokens[after]);
            if (ElectWords.Contains(w) || (w is "-" && after + 1 < s.EndToken && ElectWords.Contains(Word(text, tokens[after + 1])))) quals |= RoleQualifiers.Elect;
            if (country is null && w.Equals("of", StringComparison.OrdinalIgnoreCase) && countryStarting.TryGetEntity(after + 1, out var of)) country = of.Country;
        }
        country ??= e.Country; // a country inside the title ("head of Canadian diplomacy")
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
            Organization = organization,
            Sector = sector,
            Qualifiers = quals,
            Span = e.Span,
            EntityId = e.Id,
        };
    }

    /// <summary>Honorifics written between a title and a name.</summary>
    private static readonly SpanStringSet Honorifics = new(["Dr", "Dr.", "H.E.", "HE", "H", "E", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Sheikh", "Sir", "Dame"], ignoreCase: false);

    /// <summary>The end of a Role entity starting at token <paramref name="first"/>, or -1.</summary>
    private static int RoleEnd(IReadOnlyList<Entity> entities, int first)
    {
        for (int i = FirstAtOrAfter(entities, first); i < entities.Count && entities[i].FirstToken == first; i++)
        {
            if (entities[i].Type == EntityType.Role) return entities[i].EndToken;
        }
        return -1;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Entity> entities, int first)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (entities[mid].FirstToken < first) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The end of a country, place or organization entity starting at token <paramref name="first"/>, or <paramref name="first"/> when none starts there.</summary>
    private static int PostingEnd(IReadOnlyList<Entity> entities, int first)
    {
        int end = first;
        for (int i = FirstAtOrAfter(entities, first); i < entities.Count && entities[i].FirstToken == first; i++)
        {
            if (entities[i].Type is EntityType.Location or EntityType.Organization) end = Math.Max(end, entities[i].EndToken);
        }
        return end;
    }

    private static int FindHolder(string text, IReadOnlyList<Token> tokens, Sentence s, Entity role, TokenMap personStarting, TokenMap personEnding, IReadOnlyList<Entity> entities)
    {
        int after = role.EndToken;
        // title + name, allowing "-elect" in between
        if (personStarting.TryGetValue(after, out int p)) return p;
        if (after + 1 < s.EndToken && Word(text, tokens[after]) is "-elect" or "elect" && personStarting.TryGetValue(after + 1, out p)) return p;
        // title + honorifics or a second title + name: "Foreign Minister Dr. Ana Ruiz", "Prime Minister Prince Omar Said"
        int h = after;
        for (int step = 0; step < 3 && h < s.EndToken; step++)
        {
            if (Honorifics.Contains(Word(text, tokens[h]))) h++;
            else if (RoleEnd(entities, h) is int next and > 0) h = next;
            else break;
        }
        if (h > after && personStarting.TryGetValue(h, out p)) return p;
        // "ambassador to the UN Omar Said", "envoy to Sudan Ana Ruiz": the posting, then the name
        if (after + 1 < s.EndToken && Word(text, tokens[after]) is "to")
        {
            int k = after + 1;
            if (Word(text, tokens[k]) is "the") k++;
            int postEnd = PostingEnd(entities, k);
            if (postEnd > k && personStarting.TryGetValue(postEnd, out p)) return p;
        }
        // the title [of Country], Name, and the ambassador [to Country], Name,
        if (after + 1 < s.EndToken && Word(text, tokens[after]) is "of" or "to")
        {
            int k = after + 1;
            while (k < s.EndToken && k < after + 5 && tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.InitialUpper)) k++;
            if (k < s.EndToken && k > after + 1 && Word(text, tokens[k]) is ",") after = k;
        }
        if (after < s.EndToken && Word(text, tokens[after]) is "," && personStarting.TryGetValue(after + 1, out p))
        {
            int before = role.FirstToken - 1;
            bool determiner = false;
            for (int k = before; k >= s.FirstToken && k >= role.FirstToken - 4; k--)
            {
                // "the Secretary of the Interior, Ana Ruiz," and "Japan's chief cabinet secretary, Ken Mori,"
                if (IsDeterminer(text, tokens[k]) || Word(text, tokens[k]) is "'s" or "\u2019s") { determiner = true; break; }
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
            if (w is ",")
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
        return -1;
    }

    private void LinkPluralTitles(string text, IReadOnlyList<Token> tokens, Sentence s, TokenMap personStarting, IReadOnlyList<Entity> entities,
        TokenMap countryEnding, List<LinkedRole> result, List<int> holders)
    {
        Span<char> buffer = stackalloc char[12];
        for (int i = s.FirstToken; i < s.EndToken - 1; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.InitialUpper)) continue;
            var w = Word(text, t);
            if (w.Length < 5 || w[^1] != 's') continue;
            // "Secretaries" → "Secretary", "Ministers" → "Minister"
            ReadOnlySpan<char> singular = w.EndsWith("ies", StringComparison.Ordinal) ? ReplaceEnding(w, 3, 'y', buffer) : w[..^1];
            if (!_lexicons.Titles.TryGet(singular, out var info)) continue;
            // Titles A and B (and C)
            holders.Clear();
            int k = i + 1;
            while (k < s.EndToken && personStarting.TryGetValue(k, out int p))
            {
                holders.Add(p);
                k = entities[p].EndToken;
                if (k < s.EndToken && Word(text, tokens[k]) is "and" or ",") k++;
                else break;
            }
            if (holders.Count < 2) continue;
            string title = singular.ToString();
            string? country = i - 1 >= s.FirstToken && countryEnding.TryGetEntity(i - 1, out var c) ? c.Country : null;
            foreach (int h in holders)
            {
                var role = new PersonRole
                {
                    Title = title,
                    CanonicalTitle = info.Canonical,
                    Country = country,
                    Sector = info.Sector,
                    Span = t.Span,
                };
                result.Add(new LinkedRole(role, h, false));
            }
        }
    }

    /// <summary>
    /// "Canadian Foreign Minister Helen Marchetti met her Peruvian counterpart(,) Luis Vega": the person named right after
    /// "counterpart" holds the office of the last role holder named before it in the sentence, for the country or
    /// demonym right before "counterpart" (none when the text gives none). The role's title as written is
    /// "counterpart"; its canonical title and sector are the other holder's.
    /// </summary>
    private static void LinkCounterparts(string text, IReadOnlyList<Token> tokens, Sentence s, TokenMap personStarting, TokenMap countryEnding,
        List<LinkedRole> result, int sentenceRoles)
    {
        if (result.Count == sentenceRoles) return;
        for (int i = s.FirstToken + 1; i < s.EndToken - 1; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !Word(text, t).Equals("counterpart", StringComparison.OrdinalIgnoreCase)) continue;
            int next = i + 1;
            if (Word(text, tokens[next]) is ",") next++;
            if (!personStarting.TryGetValue(next, out int holder)) continue;
            // the office of the last role holder named before "counterpart" in this sentence
            PersonRole? reference = null;
            for (int r = result.Count - 1; r >= sentenceRoles && reference is null; r--)
            {
                var linked = result[r];
                if (linked.HolderEntityIndex >= 0 && linked.HolderEntityIndex != holder && linked.Role.Span.End <= t.Start) reference = linked.Role;
            }
            if (reference is null) continue;
            string? country = null;
            int k = i - 1;
            if (Word(text, tokens[k]) is "'s" or "’s") k--;
            if (k >= s.FirstToken && countryEnding.TryGetEntity(k, out var c)) country = c.Country;
            if (country is not null && country == reference.Country) continue; // "his Canadian counterpart" of a Canadian: not this reading
            var role = new PersonRole
            {
                Title = text.Substring(t.Start, t.Length),
                CanonicalTitle = reference.CanonicalTitle,
                Country = country,
                Sector = reference.Sector,
                Qualifiers = reference.Qualifiers & RoleQualifiers.Deputy,
                Span = t.Span,
            };
            result.Add(new LinkedRole(role, holder, false));
        }
    }

    /// <summary>Writes <paramref name="word"/> with its last <paramref name="drop"/> characters replaced by <paramref name="ending"/> into <paramref name="buffer"/>.</summary>
    private static Span<char> ReplaceEnding(ReadOnlySpan<char> word, int drop, char ending, Span<char> buffer)
    {
        int keep = word.Length - drop;
        word[..keep].CopyTo(buffer);
        buffer[keep] = ending;
        return buffer[..(keep + 1)];
    }

    private static int FirstOfNounPhrase(string text, IReadOnlyList<Token> tokens, Sentence s, Entity role, TokenMap countryEnding)
    {
        int k = role.FirstToken;
        while (k - 1 > s.FirstToken)
        {
            var prev = tokens[k - 1];
            var w = Word(text, prev);
            if (countryEnding.TryGetEntity(k - 1, out var c)) { k = c.FirstToken; continue; }
            if (FormerWords.Contains(w) || ActingWords.Contains(w) || w is "'s" or "’s" || w.Equals("top", StringComparison.OrdinalIgnoreCase)) { k--; continue; }
            break;
        }
        return k;
    }

    private static bool IsDeterminer(string text, Token t) => Word(text, t) is "the" or "The" or "its" or "Its" or "their" or "his" or "her";

    /// <summary>The token's text, or empty for a token longer than any word the rules compare with.</summary>
    private static ReadOnlySpan<char> Word(string text, Token t) => t.Length <= 12 ? text.AsSpan(t.Start, t.Length) : [];

    private static string CapitalizeWords(string s)
    {
        if (IsCapitalized(s)) return s;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && w is "of" or "the" or "for" or "and" or "to") continue;
            if (w.Length > 0 && char.IsLower(w[0])) words[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', words);
    }

    /// <summary>True when <see cref="CapitalizeWords"/> would return <paramref name="s"/> unchanged: single spaces, no word to capitalize.</summary>
    private static bool IsCapitalized(string s)
    {
        if (s.Length > 0 && (s[0] == ' ' || s[^1] == ' ')) return false;
        int start = 0;
        while (start < s.Length)
        {
            int end = s.IndexOf(' ', start);
            if (end < 0) end = s.Length;
            if (end == start) return false;
            var w = s.AsSpan(start, end - start);
            if (char.IsLower(w[0]) && !(start > 0 && w is "of" or "the" or "for" or "and" or "to")) return false;
            start = end + 1;
        }
        return true;
    }
}
