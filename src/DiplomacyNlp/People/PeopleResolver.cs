using System.Globalization;
using DiplomacyNlp.Entities;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.People;

/// <summary>
/// Builds the document's people, organizations and countries from its entities.
/// <para>People: full names open clusters; a shorter mention ("Marchetti", "de la Vega", "Ramon de la Vega") joins the one
/// cluster whose name it can refer to (accent- and case-insensitive, particles kept with the surname); a social-media
/// handle within a few tokens after a name joins that person when it contains the surname; a definite description
/// ("the Canadian foreign minister") joins the one person holding that title for that country, and only when exactly
/// one does. No pronoun resolution. The canonical name is the longest full form, preferring the accented spelling.</para>
/// <para>Organizations cluster by name, by a shorter name that ends the longer one ("State Department" in
/// "U.S. State Department"), and by an acronym the text defines ("Organization of American States (OAS)").</para>
/// <para>Countries cluster by ISO code over country names and demonyms.</para>
/// Thread-safe and stateless apart from its lexicons (working tables are per thread and reused across documents).
/// </summary>
public sealed class PeopleResolver
{
    private readonly LexiconSet _lexicons;
    private readonly RoleLinker _linker;
    private readonly CapitalMetonymy _capitals;

    /// <summary>Creates a resolver.</summary>
    public PeopleResolver(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        _linker = new RoleLinker(lexicons);
        _capitals = new CapitalMetonymy(lexicons);
    }

    /// <summary>
    /// Gives capitals that stand for their governments ("Washington said") their country code, so that they join the
    /// country's cluster (see <see cref="CapitalMetonymy"/>); returns how many.
    /// </summary>
    public int MarkCapitalsStandingForGovernments(string text, IReadOnlyList<Token> tokens, List<Entity> entities) =>
        _capitals.Apply(text, tokens, entities);

    /// <summary>
    /// Copies the country the linker read for each role ("the Chinese ambassador", "Turkey's president") onto its Role
    /// entity when the entity has none, so that a role nobody is named for still carries its affiliation.
    /// </summary>
    private static void GiveRolesTheirAffiliation(List<Entity> entities, List<RoleLinker.LinkedRole> roles)
    {
        int ei = 0;
        foreach (var linked in roles)
        {
            var role = linked.Role;
            if (role.Country is null || role.EntityId is null) continue;
            // roles come in entity order; find this one's entity from where the last one was
            while (ei < entities.Count && entities[ei].Span.Start < role.Span.Start) ei++;
            for (int i = ei; i < entities.Count && entities[i].Span.Start == role.Span.Start; i++)
            {
                var e = entities[i];
                if (e.Type == EntityType.Role && e.Id == role.EntityId && e.Country is null) entities[i] = e with { Country = role.Country };
            }
        }
    }

    /// <summary>
    /// Resolves people, organizations and countries and appends them to the output lists. Role entities in
    /// <paramref name="entities"/> without a country are replaced by copies with the affiliation read from the text.
    /// </summary>
    public void Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<Entity> entities,
        List<Person> people, List<Organization> organizations, List<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(countries);
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(entities.Count);
        try
        {
            _linker.Link(text, tokens, sentences, entities, scratch.Roles);
            GiveUnheldRolesTheirUsualCountry(entities, scratch);
            GiveRolesTheirAffiliation(entities, scratch.Roles);
            ResolvePeople(text, tokens, entities, scratch, people);
            ResolveOrganizations(text, tokens, entities, scratch, organizations);
            ResolveCountries(entities, scratch, countries);
        }
        finally
        {
            // drop references to this document's objects, and tables grown for an unusually long document
            scratch.Reset(0);
            if (scratch.Names.Length > 1 << 14)
            {
                scratch.Names = [];
                scratch.ClusterOf = [];
            }
        }
    }

    /// <summary>
    /// Removes model Person entities that are artefacts of headline capitalization (see <c>IsPlausiblePerson</c>), so that
    /// later stages do not treat them as people either. Returns how many were removed.
    /// </summary>
    public int RemoveImplausiblePeople(IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        int kept = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type == EntityType.Person && !IsPlausiblePerson(tokens, e)) continue;
            if (kept != i) entities[kept] = e;
            kept++;
        }
        int removed = entities.Count - kept;
        if (removed > 0) entities.RemoveRange(kept, removed);
        return removed;
    }

    /// <summary>Per-thread working tables, reused across documents (Resolve does not call out, so it is never re-entered).</summary>
    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly List<RoleLinker.LinkedRole> Roles = new();
        /// <summary>The countries the document's entities refer to, filled on first need.</summary>
        public readonly HashSet<string> MentionedCountries = new(StringComparer.Ordinal);
        public bool MentionedCountriesKnown;
        public readonly List<int> Persons = new();
        /// <summary>Per entity: its parsed name (people only) and its cluster.</summary>
        public PersonName?[] Names = [];
        public PersonCluster?[] ClusterOf = [];
        /// <summary>Entities in the order they joined a cluster.</summary>
        public readonly List<int> Assigned = new();
        /// <summary>Name keys to the clusters indexed under them: full names, surnames and last words, first words.</summary>
        public readonly Dictionary<string, List<PersonCluster>> ByFullKey = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<PersonCluster>> BySurnameKey = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<PersonCluster>> ByFirstKey = new(StringComparer.Ordinal);
        private readonly Stack<List<PersonCluster>> _freeLists = new();
        public readonly List<PersonCluster> Found = new();
        public readonly List<PersonCluster> Fitting = new();
        public readonly List<PersonCluster> People = new();
        public readonly List<(int Start, PersonCluster Cluster)> MentionEnds = new();
        public readonly List<OrganizationCluster> Organizations = new();
        public readonly List<(int Length, int Index)> OrganizationIndexes = new();
        public readonly Dictionary<string, OrganizationCluster> OrgByKey = new(StringComparer.Ordinal);
        public readonly Dictionary<string, OrganizationCluster> OrgByAcronym = new(StringComparer.Ordinal);
        public readonly Dictionary<string, OrganizationCluster> OrgBySuffix = new(StringComparer.Ordinal);
        public readonly Dictionary<string, OrganizationCluster> OrgDefiners = new(StringComparer.Ordinal);
        public readonly Dictionary<int, string> CountryAt = new();
        public readonly Dictionary<string, List<Mention>> CountryMentions = new(StringComparer.Ordinal);
        public readonly List<string> CountryOrder = new();

        public List<PersonCluster> RentList() => _freeLists.TryPop(out var list) ? list : new List<PersonCluster>(1);

        public void Reset(int entityCount)
        {
            Roles.Clear();
            MentionedCountries.Clear();
            MentionedCountriesKnown = false;
            Persons.Clear();
            if (Names.Length < entityCount)
            {
                Names = new PersonName?[Math.Max(entityCount, Names.Length * 2)];
                ClusterOf = new PersonCluster?[Names.Length];
            }
            else
            {
                Array.Clear(Names);
                Array.Clear(ClusterOf);
            }
            Assigned.Clear();
            Release(ByFullKey);
            Release(BySurnameKey);
            Release(ByFirstKey);
            Found.Clear();
            Fitting.Clear();
            People.Clear();
            MentionEnds.Clear();
            Organizations.Clear();
            OrganizationIndexes.Clear();
            OrgByKey.Clear();
            OrgByAcronym.Clear();
            OrgBySuffix.Clear();
            OrgDefiners.Clear();
            CountryAt.Clear();
            CountryMentions.Clear();
            CountryOrder.Clear();
        }

        private void Release(Dictionary<string, List<PersonCluster>> index)
        {
            foreach (var list in index.Values)
            {
                list.Clear();
                _freeLists.Push(list);
            }
            index.Clear();
        }
    }

    private sealed class PersonCluster
    {
        public PersonName Best = null!;
        public readonly List<PersonName> Names = new(2);
        public readonly List<Mention> Mentions = new(2);
        public List<PersonRole>? Roles;
        public int EntityCount;
        public int FirstStart = int.MaxValue;
    }

    private void ResolvePeople(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, Scratch scratch, List<Person> output)
    {
        var clusters = scratch.People;
        var clusterOf = scratch.ClusterOf;
        var names = scratch.Names;
        var persons = scratch.Persons;
        var found = scratch.Found;
        var fitting = scratch.Fitting;
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Person && IsPlausiblePerson(tokens, entities[i])) persons.Add(i);
        }
        // pass 1: full names
        foreach (int i in persons)
        {
            var name = names[i] = PersonName.Parse(entities[i].Text);
            if (!name.IsFull) continue;
            Candidates(scratch, name, found);
            PersonCluster? cluster = null;
            foreach (var c in found)
            {
                if (AnyReferring(c, name)) { cluster = c; break; }
            }
            if (cluster is null)
            {
                cluster = new PersonCluster { Best = name };
                clusters.Add(cluster);
            }
            Add(cluster, i, name);
            Index(scratch, cluster, name);
        }
        // pass 2: short mentions join the one cluster they can refer to
        foreach (int i in persons)
        {
            if (clusterOf[i] is not null) continue;
            var name = names[i]!;
            Candidates(scratch, name, found);
            fitting.Clear();
            foreach (var c in found)
            {
                if (c.EntityCount > 0 && c.Best.IsFull && CanReferToAnyFull(name, c)) fitting.Add(c);
            }
            if (fitting.Count == 0 && name.WordCount == 1 && (_lexicons.Names.IsGivenName(name.Text) || !_lexicons.Names.IsSurname(name.Text)))
            {
                // a first name alone ("Helen", or a name the lexicons do not know as a surname: "Abiy" for Abiy Ahmed)
                // joins the one person with that first name
                foreach (var c in found)
                {
                    if (c.Best.IsFull && c.Best.FirstKey == name.FullKey) fitting.Add(c);
                }
                if (fitting.Count > 1) fitting.Clear();
            }
            PersonCluster? cluster = null;
            if (fitting.Count == 1) cluster = fitting[0];
            else if (fitting.Count > 1)
            {
                // the nearest by first mention; the first such on a tie
                int start = entities[i].Span.Start, nearest = int.MaxValue;
                foreach (var c in fitting)
                {
                    int distance = Math.Abs(c.FirstStart - start);
                    if (distance < nearest) { nearest = distance; cluster = c; }
                }
            }
            else
            {
                foreach (var c in found)
                {
                    if (!c.Best.IsFull && c.Best.FullKey == name.FullKey) { cluster = c; break; }
                }
                cluster ??= new PersonCluster { Best = name };
                if (cluster.Mentions.Count == 0) clusters.Add(cluster);
            }
            Add(cluster!, i, name);
            Index(scratch, cluster!, name);
        }
        void Add(PersonCluster c, int i, PersonName name)
        {
            var e = entities[i];
            c.Mentions.Add(new Mention(e.Id, e.Span, e.Text));
            c.Names.Add(name);
            c.EntityCount++;
            clusterOf[i] = c;
            scratch.Assigned.Add(i);
            c.FirstStart = Math.Min(c.FirstStart, e.Span.Start);
            if (name.WordCount > c.Best.WordCount || (name.WordCount == c.Best.WordCount && name.FullKey == c.Best.FullKey && HasDiacritics(name.Text) && !HasDiacritics(c.Best.Text)))
            {
                c.Best = name;
            }
        }

        // roles with a named holder; a title without a country takes the country of a head of state or government
        // of that name and title in the Factbook list, when the name matches one
        var roles = scratch.Roles;
        foreach (var r in roles)
        {
            if ((uint)r.HolderEntityIndex >= (uint)entities.Count || clusterOf[r.HolderEntityIndex] is not { } c) continue;
            var role = r.Role;
            if (role.Country is null && (role.Qualifiers & RoleQualifiers.Former) == 0)
            {
                role = role with { Country = LeaderCountry(c, role, entities) ?? UsualCountry(role, entities, scratch) };
            }
            AddRole(c, role);
        }
        // definite descriptions: the one person holding that title for that country
        foreach (var r in roles)
        {
            if (r.HolderEntityIndex >= 0 || !r.IsDefiniteDescription || r.Role.Country is null) continue;
            if (SoleHolder(clusters, r.Role.Country, r.Role.CanonicalTitle) is { } holder)
            {
                holder.Mentions.Add(new Mention(r.Role.EntityId, r.Role.Span, text.Substring(r.Role.Span.Start, r.Role.Span.Length)));
            }
        }
        ResolveNationalDescriptions(text, tokens, entities, clusters);
        ResolveHandles(text, tokens, entities, scratch);

        SortStable(clusters, static (a, b) => a.FirstStart.CompareTo(b.FirstStart));
        int n = 0;
        foreach (var c in clusters)
        {
            n++;
            var roleList = c.Roles ?? new List<PersonRole>();
            var country = MainCountry(roleList);
            SortStable(c.Mentions, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            SortStable(roleList, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            output.Add(new Person
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"p{n}"),
                Name = c.Best.Text,
                Mentions = c.Mentions,
                Roles = roleList,
                Country = country,
            });
        }
    }

    /// <summary>True when <paramref name="name"/> can refer to a name of <paramref name="c"/> or one of them to it.</summary>
    private static bool AnyReferring(PersonCluster c, PersonName name)
    {
        foreach (var x in c.Names)
        {
            if (name.CanReferTo(x) || x.CanReferTo(name)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="name"/> can refer to a full name of <paramref name="c"/>.</summary>
    private static bool CanReferToAnyFull(PersonName name, PersonCluster c)
    {
        foreach (var x in c.Names)
        {
            if (x.IsFull && name.CanReferTo(x)) return true;
        }
        return false;
    }

    /// <summary>
    /// Indexes keep clustering linear in the number of mentions: a name is indexed under its full key, its surname, its
    /// last word and its first word.
    /// </summary>
    private static void Index(Scratch scratch, PersonCluster c, PersonName name)
    {
        IndexUnder(scratch, scratch.ByFullKey, name.FullKey, c);
        IndexUnder(scratch, scratch.BySurnameKey, name.SurnameKey, c);
        IndexUnder(scratch, scratch.BySurnameKey, name.LastKey, c);
        IndexUnder(scratch, scratch.ByFirstKey, name.FirstKey, c);
    }

    private static void IndexUnder(Scratch scratch, Dictionary<string, List<PersonCluster>> index, string key, PersonCluster c)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = scratch.RentList();
        if (!list.Contains(c)) list.Add(c);
    }

    /// <summary>The clusters indexed under any key of <paramref name="name"/>, each once, in key order (full, surname, last word, first word).</summary>
    private static void Candidates(Scratch scratch, PersonName name, List<PersonCluster> found)
    {
        found.Clear();
        AddCandidates(scratch.ByFullKey, name.FullKey, found);
        AddCandidates(scratch.BySurnameKey, name.SurnameKey, found);
        AddCandidates(scratch.BySurnameKey, name.LastKey, found);
        AddCandidates(scratch.ByFirstKey, name.FirstKey, found);
    }

    private static void AddCandidates(Dictionary<string, List<PersonCluster>> index, string key, List<PersonCluster> found)
    {
        if (!index.TryGetValue(key, out var list)) return;
        foreach (var c in list)
        {
            if (!found.Contains(c)) found.Add(c);
        }
    }

    /// <summary>Nouns that describe an office holder without naming the office: "the Canadian official".</summary>
    private static readonly SpanStringSet GenericOfficeNouns = new(["official", "diplomat", "envoy", "leader", "minister", "counterpart", "politician"], ignoreCase: true);

    /// <summary>
    /// "The Canadian official", "the U.S. official", "the Peruvian leader": a definite description by nationality (or
    /// country) and a generic office noun
    /// refers to the one person of the document who holds a current role for that country; none is linked when several
    /// or none do.
    /// </summary>
    private static void ResolveNationalDescriptions(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<PersonCluster> clusters)
    {
        if (clusters.Count == 0) return;
        // country -> the one cluster holding a current role for it (null when several do); built on first need
        Dictionary<string, PersonCluster?>? holders = null;
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.Nationality or EntityType.Location) || e.Country is null || e.FirstToken < 1 || e.EndToken >= tokens.Count) continue;
            var before = tokens[e.FirstToken - 1];
            var noun = tokens[e.EndToken];
            if (!text.AsSpan(before.Start, before.Length).Equals("the", StringComparison.OrdinalIgnoreCase) || noun.Kind != TokenKind.Word
                || !noun.Has(TokenFlags.AllLower) || !GenericOfficeNouns.Contains(text.AsSpan(noun.Start, noun.Length))) continue;
            holders ??= CurrentHoldersByCountry(clusters);
            if (!holders.TryGetValue(e.Country, out var holder) || holder is null) continue;
            var span = SourceSpan.FromBounds(before.Start, noun.End);
            holder.Mentions.Add(new Mention(null, span, text.Substring(span.Start, span.Length)));
        }
    }

    /// <summary>For each country, the one cluster holding a current role for it, or null when several do.</summary>
    private static Dictionary<string, PersonCluster?> CurrentHoldersByCountry(List<PersonCluster> clusters)
    {
        var holders = new Dictionary<string, PersonCluster?>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (c.Roles is null) continue;
            foreach (var r in c.Roles)
            {
                if (r.Country is null || (r.Qualifiers & RoleQualifiers.Former) != 0) continue;
                if (!holders.TryGetValue(r.Country, out var other)) holders[r.Country] = c;
                else if (other != c) holders[r.Country] = null;
            }
        }
        return holders;
    }

    /// <summary>The one cluster holding a current role with this country and canonical title, or null when none or several do.</summary>
    private static PersonCluster? SoleHolder(List<PersonCluster> clusters, string country, string canonicalTitle)
    {
        PersonCluster? holder = null;
        foreach (var c in clusters)
        {
            if (c.Roles is null) continue;
            foreach (var x in c.Roles)
            {
                if ((x.Qualifiers & RoleQualifiers.Former) != 0 || x.Country != country || x.CanonicalTitle != canonicalTitle) continue;
                if (holder is not null) return null;
                holder = c;
                break;
            }
        }
        return holder;
    }

    /// <summary>Handles right after a name join that person when they contain the surname: "Helen Marchetti (@MinMarchetti)".</summary>
    private static void ResolveHandles(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, Scratch scratch)
    {
        var mentionEnds = scratch.MentionEnds;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Handle) continue;
            if (mentionEnds.Count == 0)
            {
                foreach (int i in scratch.Assigned) mentionEnds.Add((entities[i].Span.End, scratch.ClusterOf[i]!));
                if (mentionEnds.Count == 0) return;
                mentionEnds.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
            var handle = DiacriticFolding.Fold(text.Substring(tokens[t].Start + 1, tokens[t].Length - 1)).ToLowerInvariant();
            PersonCluster? owner = null;
            bool ambiguous = false;
            // person mentions ending at most 80 characters before the handle (binary search)
            int position = tokens[t].Start, lo = 0, hi = mentionEnds.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (mentionEnds[mid].Start < position - 80) lo = mid + 1; else hi = mid;
            }
            for (int k = lo; k < mentionEnds.Count && mentionEnds[k].Start <= position; k++)
            {
                var c = mentionEnds[k].Cluster;
                var surname = c.Best.SurnameKey.Replace(" ", "", StringComparison.Ordinal);
                if (surname.Length < 3 || !handle.Contains(surname, StringComparison.Ordinal) || ReferenceEquals(owner, c)) continue;
                if (owner is null) owner = c; else ambiguous = true;
            }
            if (ambiguous) owner = null;
            if (owner is not null) owner.Mentions.Add(new Mention(null, tokens[t].Span, text.Substring(tokens[t].Start, tokens[t].Length)));
        }
    }

    /// <summary>The country most current roles point to (the first such on a tie), else the first country of any role.</summary>
    private static string? MainCountry(List<PersonRole> roles)
    {
        string? country = null;
        int most = 0;
        for (int i = 0; i < roles.Count; i++)
        {
            var r = roles[i];
            if (!IsCurrentWithCountry(r) || IndexOfCurrent(roles, r.Country!, 0, i) >= 0) continue;
            int count = 1;
            for (int j = i + 1; j < roles.Count; j++)
            {
                if (IsCurrentWithCountry(roles[j]) && roles[j].Country == r.Country) count++;
            }
            if (count > most) (most, country) = (count, r.Country);
        }
        if (country is not null) return country;
        foreach (var r in roles)
        {
            if (r.Country is not null) return r.Country;
        }
        return null;

        static bool IsCurrentWithCountry(PersonRole r) => r.Country is not null && (r.Qualifiers & RoleQualifiers.Former) == 0;
        static int IndexOfCurrent(List<PersonRole> roles, string country, int from, int to)
        {
            for (int j = from; j < to; j++)
            {
                if (IsCurrentWithCountry(roles[j]) && roles[j].Country == country) return j;
            }
            return -1;
        }
    }

    /// <summary>
    /// A role nobody is named for ("the Secretary of State said") and that names no country takes its title's usual
    /// country when the document mentions that country (see <see cref="UsualCountry"/>).
    /// </summary>
    private void GiveUnheldRolesTheirUsualCountry(IReadOnlyList<Entity> entities, Scratch scratch)
    {
        var roles = scratch.Roles;
        for (int i = 0; i < roles.Count; i++)
        {
            var r = roles[i];
            if (r.HolderEntityIndex >= 0 || r.Role.Country is not null || (r.Role.Qualifiers & RoleQualifiers.Former) != 0) continue;
            if (UsualCountry(r.Role, entities, scratch) is { } country) roles[i] = r with { Role = r.Role with { Country = country } };
        }
    }

    /// <summary>
    /// The country a title usually belongs to in news ("USA" for "Secretary of State", from the title lexicon), when
    /// some entity of the document refers to that country; otherwise null. A title alone never brings in a country the
    /// text does not mention.
    /// </summary>
    private string? UsualCountry(PersonRole role, IReadOnlyList<Entity> entities, Scratch scratch)
    {
        if (!_lexicons.Titles.TryGet(role.Title, out var info) || info.UsualCountry is not { } usual) return null;
        var mentioned = scratch.MentionedCountries;
        if (!scratch.MentionedCountriesKnown)
        {
            foreach (var e in entities)
            {
                if (e.Country is not null) mentioned.Add(e.Country);
            }
            scratch.MentionedCountriesKnown = true;
        }
        return mentioned.Contains(usual) ? usual : null;
    }

    private string? LeaderCountry(PersonCluster c, PersonRole role, IReadOnlyList<Entity> entities)
    {
        bool fullName = false;
        foreach (var m in c.Mentions)
        {
            // the first and last words: "Ana Torres" for "Ana María Torres"
            var words = m.Text.AsSpan();
            int firstStart = words.IndexOfAnyExcept(' ');
            if (firstStart < 0) continue;
            int firstEnd = words[firstStart..].IndexOf(' ');
            if (firstEnd < 0) continue;
            firstEnd += firstStart;
            int lastEnd = words.LastIndexOfAnyExcept(' ') + 1;
            int lastStart = words[..lastEnd].LastIndexOf(' ') + 1;
            if (lastStart <= firstEnd) continue;
            fullName = true;
            var byName = _lexicons.Leaders.FindAllByName(m.Text);
            var shortName = firstStart == 0 && lastEnd == words.Length && firstEnd + 1 == lastStart ? m.Text
                : string.Concat(words[firstStart..firstEnd], " ", words[lastStart..lastEnd]);
            var byShortName = _lexicons.Leaders.FindAllByName(shortName);
            if (PickLeaderCountry(byName, byShortName, role, entities, out var country)) return country;
        }
        if (fullName) return null;
        // only a surname ("President Okafor"): a listed leader of that surname and title
        foreach (var m in c.Mentions)
        {
            if (m.Text.Contains(' ')) continue;
            if (PickLeaderCountry(_lexicons.Leaders.FindAllBySurname(m.Text), [], role, entities, out var country)) return country;
        }
        return null;
    }

    /// <summary>
    /// The country of the listed leaders (<paramref name="a"/> then <paramref name="b"/>) who hold the role's title: one
    /// the text mentions first, else the one listed most often. False when none holds the title.
    /// </summary>
    private static bool PickLeaderCountry(IReadOnlyList<LeaderInfo> a, IReadOnlyList<LeaderInfo> b, PersonRole role, IReadOnlyList<Entity> entities, out string? country)
    {
        // a person listed for several territories: prefer a country the text mentions, then one where they hold both offices
        int total = a.Count + b.Count, matches = 0;
        country = null;
        for (int k = 0; k < total && country is null; k++)
        {
            var l = At(k);
            if (!IsTitle(l, role)) continue;
            matches++;
            if (IsMentioned(entities, l.CountryIso3)) country = l.CountryIso3;
        }
        if (matches == 0) return false;
        if (country is not null) return true;
        int most = 0;
        for (int k = 0; k < total; k++)
        {
            var l = At(k);
            if (!IsTitle(l, role) || FirstIndexOf(l.CountryIso3, k) < k) continue;
            int count = 0;
            for (int j = k; j < total; j++)
            {
                var other = At(j);
                if (IsTitle(other, role) && other.CountryIso3 == l.CountryIso3) count++;
            }
            if (count > most) (most, country) = (count, l.CountryIso3);
        }
        return true;

        LeaderInfo At(int k) => k < a.Count ? a[k] : b[k - a.Count];

        int FirstIndexOf(string iso3, int end)
        {
            for (int j = 0; j < end; j++)
            {
                var other = At(j);
                if (IsTitle(other, role) && other.CountryIso3 == iso3) return j;
            }
            return end;
        }

        static bool IsTitle(LeaderInfo l, PersonRole role) => string.Equals(l.Title, role.CanonicalTitle, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when some entity of the document refers to the country.</summary>
    private static bool IsMentioned(IReadOnlyList<Entity> entities, string iso3)
    {
        foreach (var e in entities)
        {
            if (e.Country == iso3) return true;
        }
        return false;
    }

    private static void AddRole(PersonCluster c, PersonRole role)
    {
        var roles = c.Roles ??= new List<PersonRole>(2);
        // "Secretary" after "Secretary of State": a shortened title of a role already known
        if (role.Country is null)
        {
            foreach (var r in roles)
            {
                if (StartsWithWords(r.CanonicalTitle, role.CanonicalTitle) || StartsWithWords(r.Title, role.Title)) return;
            }
        }
        int shorter = -1;
        for (int k = 0; k < roles.Count && shorter < 0; k++)
        {
            var r = roles[k];
            if (r.Country is null && (StartsWithWords(role.CanonicalTitle, r.CanonicalTitle) || StartsWithWords(role.Title, r.Title))) shorter = k;
        }
        if (shorter >= 0) roles.RemoveAt(shorter);
        // one entry per title and country; a later mention with a country fills in an earlier one without
        int existing = -1;
        for (int k = 0; k < roles.Count && existing < 0; k++)
        {
            var r = roles[k];
            if (r.CanonicalTitle == role.CanonicalTitle && r.Qualifiers == role.Qualifiers && (r.Country == role.Country || r.Country is null || role.Country is null)) existing = k;
        }
        if (existing < 0)
        {
            roles.Add(role);
            return;
        }
        var found = roles[existing];
        if (found.Country is null && role.Country is not null) roles[existing] = found with { Country = role.Country };
        else if (found.Title != role.Title && !HasTitle(roles, role.Title, role.Country)) roles.Add(role);

        static bool HasTitle(List<PersonRole> roles, string title, string? country)
        {
            foreach (var x in roles)
            {
                if (x.Title == title && x.Country == country) return true;
            }
            return false;
        }
    }

    /// <summary>True when <paramref name="s"/> starts with the words of <paramref name="prefix"/> and goes on ("Secretary of State" for "Secretary"), ignoring case.</summary>
    private static bool StartsWithWords(string s, string prefix) =>
        s.Length > prefix.Length && s[prefix.Length] == ' ' && s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool HasDiacritics(string s) => DiacriticFolding.NeedsFolding(s);

    private sealed class OrganizationCluster
    {
        public string Name = "";
        public string Key = "";
        public string? Acronym;
        public string? Country;
        public string? Sector;
        public readonly List<Mention> Mentions = new();
        public int FirstStart = int.MaxValue;
    }

    private void ResolveOrganizations(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, Scratch scratch, List<Organization> output)
    {
        var clusters = scratch.Organizations;
        var byKey = scratch.OrgByKey;
        var byAcronym = scratch.OrgByAcronym;
        var bySuffix = scratch.OrgBySuffix;
        var countryAt = scratch.CountryAt;
        foreach (var ce in entities)
        {
            if (ce.Country is null || ce.Type is not (EntityType.Location or EntityType.Nationality)) continue;
            for (int k = ce.FirstToken; k < ce.EndToken; k++) countryAt.TryAdd(k, ce.Country);
        }
        // longest names first so that shorter forms find their cluster (in text order on a tie)
        var byLength = scratch.OrganizationIndexes;
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Organization) byLength.Add((entities[i].Text.Length, i));
        }
        byLength.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Index.CompareTo(b.Index));
        foreach (var (_, i) in byLength)
        {
            var e = entities[i];
            var key = OrgKey(e.Text);
            if (key.Length == 0 || !IsPlausibleOrganization(text, tokens, e)) continue;
            bool acronym = IsAcronym(e.Text);
            OrganizationCluster? cluster = null;
            if (!byKey.TryGetValue(key, out cluster) && !(acronym && byAcronym.TryGetValue(e.Text, out cluster)) && !(!acronym && key.Length >= 8 && bySuffix.TryGetValue(key, out cluster)))
            {
                cluster = null;
            }
            if (cluster is null && acronym && _lexicons.Organizations.TryGetByAcronym(e.Text, out var info) && info.Name.Length > 0 && byKey.TryGetValue(OrgKey(info.Name), out cluster))
            {
                cluster.Acronym ??= e.Text;
                byAcronym.TryAdd(e.Text, cluster);
            }
            if (cluster is null)
            {
                cluster = new OrganizationCluster { Name = e.Text, Key = key, Acronym = acronym ? e.Text : null };
                clusters.Add(cluster);
                byKey[key] = cluster;
                if (acronym) byAcronym.TryAdd(e.Text, cluster);
                // every word-suffix of the name ("state department" of "u.s. state department") finds this cluster
                for (int sp = key.IndexOf(' '); sp >= 0; sp = key.IndexOf(' ', sp + 1)) bySuffix.TryAdd(key[(sp + 1)..], cluster);
            }
            cluster.Mentions.Add(new Mention(e.Id, e.Span, e.Text));
            cluster.FirstStart = Math.Min(cluster.FirstStart, e.Span.Start);
            cluster.Sector ??= e.Sector;
            cluster.Country ??= CountryOf(text, tokens, e, countryAt) ?? InstitutionCountry(e.Text);
            if (cluster.Acronym is not null) byAcronym.TryAdd(cluster.Acronym, cluster);
            // an acronym the text defines: "Long Name (ACR)"
            int after = e.EndToken;
            if (!acronym && after + 2 < tokens.Count && text[tokens[after].Start] == '(' && text[tokens[after + 2].Start] == ')'
                && IsAcronym(text.AsSpan(tokens[after + 1].Start, tokens[after + 1].Length)))
            {
                var acr = text.Substring(tokens[after + 1].Start, tokens[after + 1].Length);
                cluster.Acronym ??= acr;
                byAcronym.TryAdd(acr, cluster);
            }
        }
        // acronym-only clusters merge into the cluster that defines the acronym
        var definers = scratch.OrgDefiners;
        foreach (var c in clusters)
        {
            if (c.Acronym is not null && !IsOrgKeyOf(c.Key, c.Acronym)) definers.TryAdd(c.Acronym, c);
        }
        int kept = 0;
        for (int k = 0; k < clusters.Count; k++)
        {
            var c = clusters[k];
            if (c.Acronym is not null && IsOrgKeyOf(c.Key, c.Acronym) && definers.TryGetValue(c.Acronym, out var target))
            {
                target.Mentions.AddRange(c.Mentions);
                target.FirstStart = Math.Min(target.FirstStart, c.FirstStart);
                continue;
            }
            clusters[kept++] = c;
        }
        clusters.RemoveRange(kept, clusters.Count - kept);
        SortStable(clusters, static (a, b) => a.FirstStart.CompareTo(b.FirstStart));
        int n = 0;
        foreach (var c in clusters)
        {
            n++;
            // the longest mention that is not an acronym (the first such on a tie)
            string? longest = null;
            foreach (var m in c.Mentions)
            {
                if (!IsAcronym(m.Text) && (longest is null || m.Text.Length > longest.Length)) longest = m.Text;
            }
            longest ??= c.Name;
            if (longest.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) longest = longest[4..];
            SortStable(c.Mentions, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            output.Add(new Organization
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"o{n}"),
                Name = longest,
                Acronym = c.Acronym,
                Mentions = c.Mentions,
                Country = c.Country,
                Sector = c.Sector ?? SectorOf(longest),
            });
        }
    }

    /// <summary>
    /// Drops model organizations that are artefacts of headline capitalization ("Leaders Reaffirm Commitment"), handles,
    /// a single common word ("State", but not a known institution such as "Pentagon") and coordinations of people.
    /// </summary>
    private bool IsPlausibleOrganization(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.Text.StartsWith('@') || e.Text.Contains(" and ", StringComparison.Ordinal) && e.Source == EntitySource.Model) return false;
        if (e.Source != EntitySource.Model) return true;
        if (e.TokenCount == 1 && !IsAcronym(e.Text) && _lexicons.Words.IsCommonLowercaseWord(e.Text)
            && !_lexicons.Organizations.TryGetInstitution(e.Text, out _)) return false;
        _ = text;
        return !IsHeadlineLine(tokens, e) || e.Confidence >= 0.9;
    }

    /// <summary>
    /// Drops model person names from a title-case headline that contain a capitalized common word which is neither a
    /// given name nor a surname ("Minister Visits Oslo" is not a person "Visits Oslo").
    /// </summary>
    private bool IsPlausiblePerson(IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.Source != EntitySource.Model || !IsHeadlineLine(tokens, e)) return true;
        for (int position = 0; NextWord(e.Text, ref position, out var w);)
        {
            if (w.Length > 2 && char.IsUpper(w[0]) && _lexicons.Words.IsCommonLowercaseWord(w) && !_lexicons.Names.IsGivenName(w) && !_lexicons.Names.IsSurname(w)) return false;
        }
        return true;
    }

    /// <summary>True when the entity sits on a short line whose words are nearly all capitalized (a headline).</summary>
    private static bool IsHeadlineLine(IReadOnlyList<Token> tokens, Entity e)
    {
        int first = e.FirstToken, end = e.EndToken;
        int lineStart = first, lineEnd = end;
        while (lineStart > 0 && !tokens[lineStart].Has(TokenFlags.LineStart)) lineStart--;
        while (lineEnd < tokens.Count && !tokens[lineEnd].Has(TokenFlags.LineStart)) lineEnd++;
        int words = 0, capitalized = 0;
        for (int k = lineStart; k < lineEnd && k < lineStart + 40; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.Length < 4) continue;
            words++;
            if (t.Has(TokenFlags.InitialUpper)) capitalized++;
        }
        return words >= 3 && capitalized * 10 >= words * 8 && lineEnd - lineStart <= 25;
    }

    private string? SectorOf(string name)
    {
        for (int position = 0; NextWord(name, ref position, out var w);)
        {
            if (_lexicons.Organizations.IsHeadWord(w, out var sector) && sector == "GOV") return "GOV";
        }
        return null;
    }

    /// <summary>The country of a national institution of that name ("the Kremlin": RUS), or null.</summary>
    private string? InstitutionCountry(string name)
    {
        var span = name.AsSpan();
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) span = span[4..];
        return _lexicons.Organizations.TryGetInstitution(span, out var info) ? info.CountryIso3 : null;
    }

    private static string? CountryOf(string text, IReadOnlyList<Token> tokens, Entity org, Dictionary<int, string> countryAt)
    {
        int first = org.FirstToken - 1;
        // "Peru's Ministry of Energy": the owner before the possessive
        if (first > 0 && first < tokens.Count && text.AsSpan(tokens[first].Start, tokens[first].Length) is "'s" or "\u2019s") first--;
        for (int k = first; k < org.EndToken; k++)
        {
            if (countryAt.TryGetValue(k, out var code)) return code;
        }
        return null;
    }

    private static string OrgKey(string name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[256] : new char[name.Length * 2];
        var key = OrgKey(name, buffer);
        return key.SequenceEqual(name) ? name : key.ToString();
    }

    /// <summary>True when <paramref name="key"/> is the key of <paramref name="name"/>.</summary>
    private static bool IsOrgKeyOf(string key, string name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[256] : new char[name.Length * 2];
        return OrgKey(name, buffer).SequenceEqual(key);
    }

    /// <summary>Folded, lowercased, without a leading "the " and trimmed; <paramref name="buffer"/> holds twice the name's length.</summary>
    private static ReadOnlySpan<char> OrgKey(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var folded = buffer[..DiacriticFolding.Fold(name, buffer[..name.Length])];
        var key = buffer.Slice(name.Length, folded.Length);
        folded.ToLowerInvariant(key);
        key.Replace('\u2019', '\'');
        ReadOnlySpan<char> result = key;
        if (result.StartsWith("the ", StringComparison.Ordinal)) result = result[4..];
        return result.Trim();
    }

    /// <summary>The next space-separated word of <paramref name="s"/> from <paramref name="position"/> on, skipping empty ones; false at the end.</summary>
    private static bool NextWord(string s, ref int position, out ReadOnlySpan<char> word)
    {
        while (position < s.Length && s[position] == ' ') position++;
        if (position >= s.Length)
        {
            word = default;
            return false;
        }
        int end = s.IndexOf(' ', position);
        if (end < 0) end = s.Length;
        word = s.AsSpan(position, end - position);
        position = end;
        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 10 || s.IndexOf(' ') >= 0) return false;
        int upper = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2;
    }

    /// <summary>Sorts <paramref name="list"/> in place keeping equal items in their order (insertion sort: the lists are short and nearly sorted).</summary>
    private static void SortStable<T>(List<T> list, Comparison<T> comparison)
    {
        for (int i = 1; i < list.Count; i++)
        {
            var item = list[i];
            int j = i - 1;
            if (comparison(list[j], item) <= 0) continue;
            while (j >= 0 && comparison(list[j], item) > 0)
            {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = item;
        }
    }

    private void ResolveCountries(IReadOnlyList<Entity> entities, Scratch scratch, List<Country> output)
    {
        var byCode = scratch.CountryMentions;
        var order = scratch.CountryOrder;
        foreach (var e in entities)
        {
            if (e.Country is null || e.Type is not (EntityType.Location or EntityType.Nationality)) continue;
            if (!byCode.TryGetValue(e.Country, out var list))
            {
                list = new List<Mention>();
                byCode[e.Country] = list;
                order.Add(e.Country);
            }
            list.Add(new Mention(e.Id, e.Span, e.Text));
        }
        int n = 0;
        foreach (var code in order)
        {
            n++;
            var name = _lexicons.Countries.TryGetByCode(code, out var info) ? info.Name : code;
            output.Add(new Country { Id = string.Create(CultureInfo.InvariantCulture, $"c{n}"), Code = code, Name = name, Mentions = byCode[code] });
        }
    }
}
