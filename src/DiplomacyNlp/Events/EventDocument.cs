using DiplomacyNlp.Entities;
using DiplomacyNlp.People;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Events;

/// <summary>
/// A read-only, token-indexed view of one analyzed document for event extraction: for every token, the participant
/// mention, entity, role title and time expression that covers it. Built once per document from the earlier layers;
/// works with people/organization/country clusters when they exist and falls back to entities when they do not.
/// </summary>
public sealed class EventDocument
{
    /// <summary>Per-thread scratch for the token flags used only while the view is built (reused across documents).</summary>
    [ThreadStatic]
    private static bool[]? t_taken, t_personStart, t_personEnd;

    private readonly Entity[] _entities;
    private readonly EntityTypeMask[] _coveredBy;
    private readonly List<ParticipantMention> _mentions;
    private readonly TimeMatch[] _times;

    /// <summary>Builds the view.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Tokens in text order.</param>
    /// <param name="sentences">Sentences in text order.</param>
    /// <param name="entities">Final entities (after the merge), or empty.</param>
    /// <param name="times">Time expressions, or empty.</param>
    /// <param name="people">Person clusters, or empty.</param>
    /// <param name="organizations">Organization clusters, or empty.</param>
    /// <param name="countries">Country clusters, or empty.</param>
    /// <param name="published">The publication date, or null.</param>
    public EventDocument(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities,
        IReadOnlyList<TimeExpression> times, IReadOnlyList<Person> people, IReadOnlyList<Organization> organizations,
        IReadOnlyList<Country> countries, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(countries);
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Published = published;
        People = people;
        int n = tokens.Count;

        _entities = new Entity[entities.Count];
        for (int i = 0; i < entities.Count; i++) _entities[i] = WithTokens(entities[i]);
        Array.Sort(_entities, static (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.TokenCount.CompareTo(a.TokenCount));
        // One flag word per token: the entity types that cover it, and whether an entity starts there, a time expression
        // or a participant mention covers it (the exact item is then found by binary search in the sorted arrays).
        _coveredBy = new EntityTypeMask[n];
        for (int i = _entities.Length - 1; i >= 0; i--)
        {
            var e = _entities[i];
            if (e.TokenCount <= 0 || e.FirstToken >= n) continue;
            _coveredBy[e.FirstToken] |= EntityTypeMask.EntityStart;
            for (int t = e.FirstToken; t < e.EndToken && t < n; t++) _coveredBy[t] |= Mask(e.Type);
        }

        _times = new TimeMatch[times.Count];
        for (int i = 0; i < times.Count; i++)
        {
            var te = times[i];
            int first = TokenAtOrAfter(te.Span.Start), end = TokenAtOrAfter(te.Span.End);
            int core = first;
            if (end - first > 1 && (IsWord(first, "on") || IsWord(first, "in") || IsWord(first, "during"))) core = Math.Min(first + 1, end - 1);
            _times[i] = new TimeMatch(first, end - first, core, te);
            for (int t = first; t < end; t++) _coveredBy[t] |= EntityTypeMask.Time;
        }

        _mentions = new List<ParticipantMention>();
        _taken = Scratch(ref t_taken, n);
        _personStart = Scratch(ref t_personStart, n);
        _personEnd = Scratch(ref t_personEnd, n);
        AddClusterMentions(people, organizations, countries);
        AddEntityMentions();
        _taken = _personStart = _personEnd = null;
        // Mentions never overlap (TryAdd takes their tokens), so sorted by first token they are also sorted by end.
        _mentions.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            for (int t = m.FirstToken; t < m.EndToken; t++) _coveredBy[t] |= EntityTypeMask.Mention;
        }
        AddCountriesFromTitles();
        HasClusters = people.Count + organizations.Count + countries.Count > 0;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>Tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Sentences.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The person clusters (empty when the people stage did not run).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>True when the people stage supplied clusters.</summary>
    public bool HasClusters { get; }

    /// <summary>Participant mentions in text order.</summary>
    public IReadOnlyList<ParticipantMention> Mentions => _mentions;

    /// <summary>Time expressions with their token ranges, in text order.</summary>
    public IReadOnlyList<TimeMatch> Times => _times;

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> W(int i) => Tokens[i].AsSpan(Text);

    /// <summary>True when token <paramref name="i"/> exists and equals <paramref name="word"/> ignoring case.</summary>
    public bool IsWord(int i, string word) => (uint)i < (uint)Tokens.Count && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The participant mention covering token <paramref name="i"/>, or null.</summary>
    public ParticipantMention? MentionAt(int i)
    {
        int k = MentionIndexAt(i);
        return k >= 0 ? _mentions[k] : null;
    }

    /// <summary>The index (into <see cref="Mentions"/>) of the mention covering token <paramref name="i"/>, or -1.</summary>
    public int MentionIndexAt(int i)
    {
        if ((uint)i >= (uint)_coveredBy.Length || (_coveredBy[i] & EntityTypeMask.Mention) == 0) return -1;
        // The last mention that starts at or before i covers it (mentions are sorted and disjoint).
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].FirstToken <= i) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>The time expression covering token <paramref name="i"/>, or null (the later one where two overlap).</summary>
    public TimeMatch? TimeAt(int i)
    {
        if ((uint)i >= (uint)_coveredBy.Length || (_coveredBy[i] & EntityTypeMask.Time) == 0) return null;
        for (int k = _times.Length - 1; k >= 0; k--)
        {
            if (_times[k].FirstToken <= i && i < _times[k].EndToken) return _times[k];
        }
        return null;
    }

    /// <summary>True when an entity of <paramref name="type"/> covers token <paramref name="i"/>.</summary>
    public bool IsCoveredBy(int i, EntityType type) => (uint)i < (uint)_coveredBy.Length && (_coveredBy[i] & Mask(type)) != 0;

    /// <summary>The entities that start at token <paramref name="i"/>, longest first.</summary>
    public EntityRange EntitiesStartingAt(int i)
    {
        if ((uint)i >= (uint)_coveredBy.Length || (_coveredBy[i] & EntityTypeMask.EntityStart) == 0) return default;
        // Entities are sorted by first token, longest first: the run starts at the first entity that starts at or after i.
        int lo = 0, hi = _entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_entities[mid].FirstToken < i) lo = mid + 1;
            else hi = mid;
        }
        int first = lo, end = first;
        while (end < _entities.Length && _entities[end].FirstToken == i) end++;
        return new EntityRange(_entities, first, end - first);
    }

    /// <summary>The longest entity of <paramref name="type"/> covering token <paramref name="i"/>, or null.</summary>
    public Entity? EntityCovering(int i, EntityType type)
    {
        if (!IsCoveredBy(i, type)) return null;
        // Entities are sorted by first token: find the last one that starts at or before i, then scan back over the few that may cover i.
        int lo = 0, hi = _entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_entities[mid].FirstToken <= i) lo = mid + 1;
            else hi = mid;
        }
        Entity? best = null;
        for (int k = lo - 1; k >= 0; k--)
        {
            var e = _entities[k];
            if (i - e.FirstToken > 64) break;
            if (e.Type == type && e.EndToken > i && (best is null || e.TokenCount > best.TokenCount)) best = e;
        }
        return best;
    }

    /// <summary>
    /// The titles a person mention carries: the title words written before it ("Foreign Secretary" in "Foreign Secretary
    /// Ana Ruiz") and, with clusters, the titles of the person's roles.
    /// </summary>
    public string TitleOf(ParticipantMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        int start = CoordinationReader.SkipTitlesLeft(this, mention.FirstToken - 1, 0) + 1;
        string written = start < mention.FirstToken ? TextOf(start, mention.FirstToken) : string.Empty;
        if (mention.Ref is null) return written;
        foreach (var p in People)
        {
            if (p.Id != mention.Ref) continue;
            var sb = new System.Text.StringBuilder(written);
            foreach (var r in p.Roles) sb.Append(" | ").Append(r.Title).Append(" | ").Append(r.CanonicalTitle);
            return sb.ToString();
        }
        return written;
    }

    /// <summary>
    /// When tokens <paramref name="last"/> back to a ", who" or ", which" (at most <paramref name="maxTokens"/> tokens,
    /// not before <paramref name="floor"/>, no comma in between) are the inside of a relative clause, the index of the
    /// comma that opens it; otherwise -1. ("Vega, who governed until 2020, met …".)
    /// </summary>
    internal int RelativeClauseOpening(int last, int floor, int maxTokens)
    {
        for (int k = last; k > floor && k > last - maxTokens; k--)
        {
            if (IsWord(k, ",")) return -1;
            if ((IsWord(k, "who") || IsWord(k, "which")) && IsWord(k - 1, ",")) return k - 1;
        }
        return -1;
    }

    private int[]? _paragraphs;

    /// <summary>
    /// The paragraph of sentence <paramref name="sentence"/> (0, 1, … in text order). Paragraphs are separated by blank
    /// lines when the text has any; otherwise every line break between two sentences starts a paragraph (text with one
    /// paragraph per line). References are resolved within a paragraph, never across one.
    /// </summary>
    public int ParagraphOf(int sentence)
    {
        var paragraphs = _paragraphs ??= ComputeParagraphs();
        return (uint)sentence < (uint)paragraphs.Length ? paragraphs[sentence] : -1;
    }

    private int[] ComputeParagraphs()
    {
        var result = new int[Sentences.Count];
        bool blankLines = Text.Contains("\n\n", StringComparison.Ordinal) || Text.Contains("\n\r\n", StringComparison.Ordinal);
        for (int i = 1; i < result.Length; i++)
        {
            var gap = Text.AsSpan(Sentences[i - 1].Span.End, Sentences[i].Span.Start - Sentences[i - 1].Span.End);
            int newlines = 0;
            foreach (char c in gap) newlines += c is '\n' or '\u2029' ? 1 : 0;
            result[i] = result[i - 1] + (newlines >= (blankLines ? 2 : 1) ? 1 : 0);
        }
        return result;
    }

    /// <summary>The index of the sentence that contains token <paramref name="i"/> (binary search), or -1.</summary>
    public int SentenceOf(int i)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (i < s.FirstToken) hi = mid - 1;
            else if (i >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="end"/> − 1.</summary>
    public string TextOf(int first, int end) => first >= end ? string.Empty : Text.Substring(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);

    /// <summary>The span from token <paramref name="first"/> to token <paramref name="end"/> − 1.</summary>
    public SourceSpan SpanOf(int first, int end) => first >= end ? default : SourceSpan.FromBounds(Tokens[first].Start, Tokens[end - 1].End);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private Entity WithTokens(Entity e)
    {
        int first = TokenAtOrAfter(e.Span.Start), end = TokenAtOrAfter(e.Span.End);
        return e.FirstToken == first && e.TokenCount == end - first ? e : e with { FirstToken = first, TokenCount = end - first };
    }

    private void AddClusterMentions(IReadOnlyList<Person> people, IReadOnlyList<Organization> organizations, IReadOnlyList<Country> countries)
    {
        var taken = _taken!;
        // Index loops: foreach over an IReadOnlyList boxes its enumerator.
        for (int i = 0; i < people.Count; i++)
        {
            var p = people[i];
            string? country = p.Country;
            if (country is null)
            {
                var roles = p.Roles;
                for (int k = 0; k < roles.Count; k++)
                {
                    if (roles[k].Country is not null) { country = roles[k].Country; break; }
                }
            }
            var mentions = p.Mentions;
            for (int k = 0; k < mentions.Count; k++) TryAdd(taken, mentions[k].Span, MentionKind.Person, p.Id, p.Id, p.Name, country);
        }
        for (int i = 0; i < organizations.Count; i++)
        {
            var o = organizations[i];
            var mentions = o.Mentions;
            for (int k = 0; k < mentions.Count; k++) TryAdd(taken, mentions[k].Span, MentionKind.Organization, o.Id, o.Id, o.Name, o.Country);
        }
        for (int i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            var mentions = c.Mentions;
            for (int k = 0; k < mentions.Count; k++)
            {
                var span = mentions[k].Span;
                if (InsideLongerEntity(span, EntityType.Role) || InsideLongerEntity(span, EntityType.Organization)) continue;
                TryAdd(taken, span, MentionKind.Country, c.Id, c.Id, c.Name, c.Code);
            }
        }
    }

    private bool[]? _taken;

    /// <summary>A cleared per-thread flag array of at least <paramref name="n"/> entries.</summary>
    private static bool[] Scratch(ref bool[]? slot, int n)
    {
        var a = slot;
        if (a is null || a.Length < n) slot = a = new bool[Math.Max(n, 256)];
        else Array.Clear(a, 0, n);
        return a;
    }

    /// <summary>True when no mention has taken a token of <paramref name="span"/> yet (so <see cref="TryAdd"/> would add it); callers test it before building keys and names.</summary>
    private bool IsFree(bool[] taken, SourceSpan span)
    {
        int first = TokenAtOrAfter(span.Start), end = TokenAtOrAfter(span.End);
        if (first >= end) return false;
        for (int t = first; t < end; t++)
        {
            if (taken[t]) return false;
        }
        return true;
    }

    private void TryAdd(bool[] taken, SourceSpan span, MentionKind kind, string? @ref, string key, string name, string? country)
    {
        int first = TokenAtOrAfter(span.Start), end = TokenAtOrAfter(span.End);
        if (first >= end) return;
        for (int t = first; t < end; t++)
        {
            if (taken[t]) return;
        }
        for (int t = first; t < end; t++) taken[t] = true;
        if (kind == MentionKind.Person)
        {
            _personStart![first] = true;
            _personEnd![end - 1] = true;
        }
        _mentions.Add(new ParticipantMention { FirstToken = first, EndToken = end, Kind = kind, Ref = @ref, Key = key, Name = name, Country = country, Span = SpanOf(first, end) });
    }

    private bool InsideLongerEntity(SourceSpan span, EntityType type)
    {
        int first = TokenAtOrAfter(span.Start);
        if (!IsCoveredBy(first, type)) return false;
        var e = EntityCovering(first, type);
        return e is not null && e.Span.Contains(span) && e.Span.Length > span.Length;
    }

    /// <summary>
    /// A person without a known country takes the one its title gives ("Brazilian Foreign Minister Tiago Moreira",
    /// "Peru's president Ana Ruiz"), for every mention of that person.
    /// </summary>
    private void AddCountriesFromTitles()
    {
        Dictionary<string, string>? byKey = null;
        foreach (var m in _mentions)
        {
            if (m.Kind != MentionKind.Person || m.Country is not null) continue;
            int start = CoordinationReader.SkipTitlesLeft(this, m.FirstToken - 1, 0) + 1;
            string? found = null;
            for (int t = start; t < m.FirstToken && found is null; t++)
            {
                var nat = EntityCovering(t, EntityType.Nationality) ?? EntityCovering(t, EntityType.Role);
                if (nat?.Country is not null) found = nat.Country;
                else if (MentionAt(t) is { Kind: MentionKind.Country } c) found = c.Country;
            }
            if (found is null) continue;
            byKey ??= new Dictionary<string, string>(StringComparer.Ordinal);
            byKey.TryAdd(m.Key, found);
        }
        if (byKey is null) return;
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Country is null && byKey.TryGetValue(m.Key, out var c)) _mentions[i] = m with { Country = c };
        }
    }

    /// <summary>Entities that no cluster mention covers become mentions of their own (the entities-only mode, and gaps in the clusters).</summary>
    private void AddEntityMentions()
    {
        var taken = _taken!;
        var surnameKeys = new Dictionary<string, (string Key, string Name)>(StringComparer.OrdinalIgnoreCase);
        // People first, so that an organization span that is really "Surname and Surname" can be recognized.
        foreach (var e in _entities)
        {
            if (e.TokenCount <= 0 || e.Type != EntityType.Person) continue;
            AddPersonEntities(taken, surnameKeys, e);
        }
        // A surname the model typed as a place or organization elsewhere is the person named in full ("Moreira" after "Tiago Moreira").
        foreach (var e in _entities)
        {
            if (e.TokenCount <= 0 || e.TokenCount > 3 || e.Type is not (EntityType.Location or EntityType.Organization) || e.Country is not null) continue;
            if (IsKnownSurname(surnameKeys, e))
            {
                AddPersonEntity(taken, surnameKeys, e.FirstToken, e.EndToken, null);
            }
        }
        // A title followed by capitalized words no entity covers is a titled name the model missed ("President Lindqvist").
        foreach (var e in _entities)
        {
            if (e.TokenCount <= 0 || e.Type != EntityType.Role) continue;
            int t = e.EndToken, end = t;
            while (end < Tokens.Count && end - t < 3 && Tokens[end].Kind == TokenKind.Word && Tokens[end].Has(TokenFlags.InitialUpper)
                && !Tokens[end].Has(TokenFlags.AllUpper) && (_coveredBy[end] & EntityTypeMask.AnyEntity) == 0 && !taken[end] && !IsParticle(end) && !ClauseWordsLike(end)) end++;
            if (end > t && (end == Tokens.Count || !Tokens[end].Has(TokenFlags.InitialUpper) || Tokens[end].Kind != TokenKind.Word))
            {
                AddPersonEntity(taken, surnameKeys, t, end, e.Country);
            }
        }
        foreach (var e in _entities)
        {
            if (e.TokenCount <= 0) continue;
            switch (e.Type)
            {
                case EntityType.Person:
                    break;
                case EntityType.Organization:
                    if (InsideLongerEntity(e.Span, EntityType.Role) || InsideLongerEntity(e.Span, EntityType.Person)) break;
                    if (IsPairOfKnownPeople(e, surnameKeys))
                    {
                        AddPersonEntities(taken, surnameKeys, e);
                        break;
                    }
                    if (!IsFree(taken, e.Span)) break;
                    TryAdd(taken, e.Span, MentionKind.Organization, null, "org:" + StripThe(e.Text).ToLowerInvariant(), StripThe(e.Text), e.Country);
                    break;
                case EntityType.Location when e.Country is not null:
                    if (InsideLongerEntity(e.Span, EntityType.Role) || InsideLongerEntity(e.Span, EntityType.Organization) || InsideLongerEntity(e.Span, EntityType.Person)) break;
                    if (!IsFree(taken, e.Span)) break;
                    TryAdd(taken, e.Span, MentionKind.Country, null, "country:" + e.Country, e.Canonical ?? e.Text, e.Country);
                    break;
            }
        }
        // Person names seen only as surnames later take the full name's key ("Marchetti" after "Helen Marchetti").
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Ref is null && m.Kind == MentionKind.Person && surnameKeys.TryGetValue(Surname(m.FirstToken, m.EndToken), out var id))
            {
                _mentions[i] = m with { Key = id.Key, Name = id.Name };
            }
        }
        // Role titles with no name beside them stand for a person: resolve them through the people's roles when possible.
        foreach (var e in _entities)
        {
            if (e.Type != EntityType.Role || e.TokenCount <= 0) continue;
            if (IsTitleOfName(e) || !HasTitleWord(e) || !IsFree(taken, e.Span)) continue;
            string? roleCountry = e.Country ?? CountryBefore(e.FirstToken);
            var person = PersonWithRole(e, roleCountry);
            string canonical = e.Canonical ?? StripThe(e.Text);
            if (person is not null)
            {
                TryAdd(taken, e.Span, MentionKind.Person, person.Id, person.Id, person.Name, person.Country ?? roleCountry);
            }
            else
            {
                TryAdd(taken, e.Span, MentionKind.Role, null, "role:" + canonical.ToLowerInvariant() + ":" + roleCountry, StripThe(e.Text), roleCountry);
            }
        }
    }

    /// <summary>
    /// True when the role title belongs to a name beside it: before the name ("Foreign Minister Ana Ruiz", "the foreign
    /// minister, Ana Ruiz") or in apposition after it ("Ana Ruiz, the foreign minister").
    /// </summary>
    private bool IsTitleOfName(Entity role)
    {
        int next = role.EndToken;
        if (IsWord(next, ",")) next++;
        if (next < Tokens.Count && StartsPerson(next)) return true;
        int prev = role.FirstToken - 1;
        if (IsWord(prev, "the")) prev--;
        if (IsWord(prev, ",")) prev--;
        return prev >= 0 && EndsPerson(prev);
    }

    /// <summary>
    /// Adds a Person entity as one or more mentions: a model span such as "Whitmore and de la Vega" is two people, and a
    /// surname particle the model left out ("de" in "de la Vega") belongs to the name.
    /// </summary>
    private void AddPersonEntities(bool[] taken, Dictionary<string, (string Key, string Name)> surnameKeys, Entity e)
    {
        int start = e.FirstToken;
        while (start - 1 >= 0 && IsParticle(start - 1) && e.FirstToken - start < 3) start--;
        int partStart = start;
        for (int t = start; t <= e.EndToken; t++)
        {
            if (t < e.EndToken && !(IsWord(t, "and") || IsWord(t, "&"))) continue;
            if (t > partStart) AddPersonEntity(taken, surnameKeys, partStart, t, e.Country);
            partStart = t + 1;
        }
    }

    /// <summary>True when an organization span reads "A and B" and both sides are people the document names elsewhere.</summary>
    private bool IsPairOfKnownPeople(Entity e, Dictionary<string, (string Key, string Name)> surnameKeys)
    {
        int and = -1;
        for (int t = e.FirstToken; t < e.EndToken; t++)
        {
            if (IsWord(t, "and")) { if (and >= 0) return false; and = t; }
        }
        if (and <= e.FirstToken || and >= e.EndToken - 1) return false;
        return surnameKeys.ContainsKey(Surname(e.FirstToken, and)) && surnameKeys.ContainsKey(Surname(and + 1, e.EndToken));
    }

    /// <summary>True when the entity's text is the surname (or the whole name) of a person entity of the document.</summary>
    private bool IsKnownSurname(Dictionary<string, (string Key, string Name)> surnameKeys, Entity e) =>
        surnameKeys.TryGetValue(Surname(e.FirstToken, e.EndToken), out var id) && id.Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>Capitalized function words that never start a name ("And", "The", "Of").</summary>
    private bool ClauseWordsLike(int i)
    {
        var w = W(i);
        return w is "And" or "The" or "Of" or "In" or "On" or "At" or "For" or "With" or "To" or "By" or "A" or "An" or "But" or "Or" or "As" or "From";
    }

    private void AddPersonEntity(bool[] taken, Dictionary<string, (string Key, string Name)> surnameKeys, int first, int end, string? country)
    {
        // The text is only materialized when it becomes the surname's name or the name of a new mention.
        string? text = null;
        int textLength = first >= end ? 0 : Tokens[end - 1].End - Tokens[first].Start;
        string surname = Surname(first, end);
        if (!surnameKeys.TryGetValue(surname, out var id) || textLength > id.Name.Length)
        {
            text = TextOf(first, end);
            id = (id.Key ?? "person:" + surname.ToLowerInvariant(), text);
            surnameKeys[surname] = id;
        }
        var span = SpanOf(first, end);
        if (IsFree(taken, span)) TryAdd(taken, span, MentionKind.Person, null, id.Key, text ?? TextOf(first, end), country);
    }

    private bool StartsPerson(int i)
    {
        if (IsCoveredBy(i, EntityType.Person)) return true;
        return _personStart is not null && (uint)i < (uint)Tokens.Count && _personStart[i];
    }

    private bool EndsPerson(int i)
    {
        if (IsCoveredBy(i, EntityType.Person)) return true;
        return _personEnd is not null && (uint)i < (uint)Tokens.Count && _personEnd[i];
    }

    private bool[]? _personStart;
    private bool[]? _personEnd;

    /// <summary>A role mention must contain a real title word, not only determiners ("the") or punctuation.</summary>
    private bool HasTitleWord(Entity role)
    {
        for (int t = role.FirstToken; t < role.EndToken; t++)
        {
            var w = W(t);
            if (Tokens[t].Kind != TokenKind.Word || w.Length < 2) continue;
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
                || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("'s", StringComparison.OrdinalIgnoreCase)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The country of a nationality or country word right before a role ("the Mexican president", "Peru's foreign minister").</summary>
    private string? CountryBefore(int first)
    {
        int k = first - 1;
        if (IsWord(k, "'s") || IsWord(k, "\u2019s")) k--;
        if (k < 0) return null;
        var nat = EntityCovering(k, EntityType.Nationality);
        if (nat?.Country is not null) return nat.Country;
        var loc = EntityCovering(k, EntityType.Location);
        return loc?.Country;
    }

    private Person? PersonWithRole(Entity role, string? country)
    {
        string title = role.Canonical ?? StripThe(role.Text);
        string titleText = StripThe(role.Text);
        Person? found = null;
        for (int i = 0; i < People.Count; i++)
        {
            var p = People[i];
            var roles = p.Roles;
            for (int k = 0; k < roles.Count; k++)
            {
                var r = roles[k];
                bool sameTitle = string.Equals(r.CanonicalTitle, title, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Title, titleText, StringComparison.OrdinalIgnoreCase);
                bool sameCountry = country is null || r.Country is null || string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase);
                if (sameTitle && sameCountry && (r.Qualifiers & RoleQualifiers.Former) == 0)
                {
                    if (found is not null && !ReferenceEquals(found, p)) return null; // ambiguous
                    found = p;
                }
            }
        }
        return found;
    }

    private string Surname(int first, int end)
    {
        int last = end - 1;
        while (last > first && (Tokens[last].Kind != TokenKind.Word || IsWord(last, "'s") || IsWord(last, "jr.") || IsWord(last, "sr."))) last--;
        // "de la Vega", "van der Berg": the surname keeps its particles.
        int start = last;
        while (start - 1 >= first && IsParticle(start - 1)) start--;
        return TextOf(start, last + 1);
    }

    private bool IsParticle(int i)
    {
        var w = W(i);
        return w is "de" or "la" or "del" or "van" or "der" or "von" or "da" or "dos" or "di" or "le" or "al" or "bin" or "ben" or "du" or "De" or "La" or "Van" or "Von" or "Del" or "Du";
    }

    private static string StripThe(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

    private static EntityTypeMask Mask(EntityType t) => (EntityTypeMask)(1 << (int)t);

    /// <summary>A bit per entity type, and three bits for what else is at a token.</summary>
    [Flags]
    private enum EntityTypeMask : ushort
    {
        /// <summary>The bits of the entity types.</summary>
        AnyEntity = 0x1FFF,

        /// <summary>An entity starts at the token.</summary>
        EntityStart = 1 << 13,

        /// <summary>A time expression covers the token.</summary>
        Time = 1 << 14,

        /// <summary>A participant mention covers the token.</summary>
        Mention = 1 << 15,
    }
}

/// <summary>A run of entities that start at the same token, longest first.</summary>
public readonly struct EntityRange
{
    private readonly Entity[]? _items;
    private readonly int _start;

    internal EntityRange(Entity[] items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>The number of entities.</summary>
    public int Count { get; }

    /// <summary>The entity at <paramref name="index"/>.</summary>
    public Entity this[int index] => _items![_start + index];
}
