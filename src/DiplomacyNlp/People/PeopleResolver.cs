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
/// Thread-safe and stateless apart from its lexicons.
/// </summary>
public sealed class PeopleResolver
{
    private readonly LexiconSet _lexicons;
    private readonly RoleLinker _linker;

    /// <summary>Creates a resolver.</summary>
    public PeopleResolver(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        _linker = new RoleLinker(lexicons);
    }

    /// <summary>Resolves people, organizations and countries and appends them to the output lists.</summary>
    public void Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities,
        List<Person> people, List<Organization> organizations, List<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(countries);
        var roles = _linker.Link(text, tokens, sentences, entities);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Country is not null) mentioned.Add(e.Country);
        }
        ResolvePeople(text, tokens, entities, roles, mentioned, people);
        ResolveOrganizations(text, tokens, entities, organizations);
        ResolveCountries(entities, countries);
    }

    /// <summary>
    /// Removes model Person entities that are artefacts of headline capitalization (see <c>IsPlausiblePerson</c>), so that
    /// later stages do not treat them as people either. Returns how many were removed.
    /// </summary>
    public int RemoveImplausiblePeople(IReadOnlyList<Token> tokens, List<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        return entities.RemoveAll(e => e.Type == EntityType.Person && !IsPlausiblePerson(tokens, e));
    }

    private sealed class PersonCluster
    {
        public PersonName Best = null!;
        public readonly List<PersonName> Names = new();
        public readonly List<Mention> Mentions = new();
        public readonly List<PersonRole> Roles = new();
        public readonly HashSet<int> EntityIndexes = new();
        public int FirstStart = int.MaxValue;
    }

    private void ResolvePeople(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<RoleLinker.LinkedRole> roles, HashSet<string> mentionedCountries, List<Person> output)
    {
        var clusters = new List<PersonCluster>();
        var clusterOfEntity = new Dictionary<int, PersonCluster>();
        var persons = new List<int>();
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Person && IsPlausiblePerson(tokens, entities[i])) persons.Add(i);
        }
        // indexes from name keys to clusters keep clustering linear in the number of mentions
        var byKey = new Dictionary<string, List<PersonCluster>>(StringComparer.Ordinal);
        void Index(PersonCluster c, PersonName name)
        {
            foreach (var key in Keys(name))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<PersonCluster>(1);
                if (!list.Contains(c)) list.Add(c);
            }
        }
        List<PersonCluster> Candidates(PersonName name)
        {
            var found = new List<PersonCluster>();
            foreach (var key in Keys(name))
            {
                if (!byKey.TryGetValue(key, out var list)) continue;
                foreach (var c in list)
                {
                    if (!found.Contains(c)) found.Add(c);
                }
            }
            return found;
        }
        // pass 1: full names
        foreach (int i in persons)
        {
            var name = PersonName.Parse(entities[i].Text);
            if (!name.IsFull) continue;
            var cluster = Candidates(name).Find(c => c.Names.Any(x => name.CanReferTo(x) || x.CanReferTo(name)));
            if (cluster is null)
            {
                cluster = new PersonCluster { Best = name };
                clusters.Add(cluster);
            }
            Add(cluster, i, name);
            Index(cluster, name);
        }
        // pass 2: short mentions join the one cluster they can refer to
        foreach (int i in persons)
        {
            if (clusterOfEntity.ContainsKey(i)) continue;
            var name = PersonName.Parse(entities[i].Text);
            var candidates = Candidates(name).Where(c => c.EntityIndexes.Count > 0 && c.Best.IsFull && c.Names.Any(x => x.IsFull && name.CanReferTo(x))).ToList();
            if (candidates.Count == 0 && name.Words.Count == 1 && _lexicons.Names.IsGivenName(name.Text))
            {
                // a first name alone ("Helen") joins the one person with that first name
                candidates = Candidates(name).Where(c => c.Best.IsFull && c.Best.FirstKey == name.FullKey).ToList();
                if (candidates.Count > 1) candidates.Clear();
            }
            PersonCluster cluster;
            if (candidates.Count == 1) cluster = candidates[0];
            else if (candidates.Count > 1) cluster = candidates.OrderBy(c => Math.Abs(c.FirstStart - entities[i].Span.Start)).First();
            else
            {
                cluster = Candidates(name).Find(c => !c.Best.IsFull && c.Best.FullKey == name.FullKey) ?? new PersonCluster { Best = name };
                if (cluster.Mentions.Count == 0) clusters.Add(cluster);
            }
            Add(cluster, i, name);
            Index(cluster, name);
        }
        void Add(PersonCluster c, int i, PersonName name)
        {
            var e = entities[i];
            c.Mentions.Add(new Mention(e.Id, e.Span, e.Text));
            c.Names.Add(name);
            c.EntityIndexes.Add(i);
            clusterOfEntity[i] = c;
            c.FirstStart = Math.Min(c.FirstStart, e.Span.Start);
            if (name.Words.Count > c.Best.Words.Count || (name.Words.Count == c.Best.Words.Count && name.FullKey == c.Best.FullKey && HasDiacritics(name.Text) && !HasDiacritics(c.Best.Text)))
            {
                c.Best = name;
            }
        }

        // roles with a named holder; a title without a country takes the country of a head of state or government
        // of that name and title in the Factbook list, when the name matches one
        foreach (var r in roles)
        {
            if (r.HolderEntityIndex < 0 || !clusterOfEntity.TryGetValue(r.HolderEntityIndex, out var c)) continue;
            var role = r.Role;
            if (role.Country is null && (role.Qualifiers & RoleQualifiers.Former) == 0) role = role with { Country = LeaderCountry(c, role, mentionedCountries) };
            AddRole(c, role);
        }
        var holders = new Dictionary<(string?, string), List<PersonCluster>>();
        foreach (var c in clusters)
        {
            foreach (var x in c.Roles)
            {
                if ((x.Qualifiers & RoleQualifiers.Former) != 0 || x.Country is null) continue;
                if (!holders.TryGetValue((x.Country, x.CanonicalTitle), out var list)) holders[(x.Country, x.CanonicalTitle)] = list = new List<PersonCluster>();
                if (!list.Contains(c)) list.Add(c);
            }
        }
        // definite descriptions: the one person holding that title for that country
        foreach (var r in roles)
        {
            if (r.HolderEntityIndex >= 0 || !r.IsDefiniteDescription || r.Role.Country is null) continue;
            if (!holders.TryGetValue((r.Role.Country, r.Role.CanonicalTitle), out var fits)) continue;
            if (fits.Count == 1)
            {
                fits[0].Mentions.Add(new Mention(r.Role.EntityId, r.Role.Span, text.Substring(r.Role.Span.Start, r.Role.Span.Length)));
            }
        }
        // handles right after a name: "Helen Marchetti (@MinMarchetti)"
        var mentionStarts = new List<(int Start, PersonCluster Cluster)>();
        foreach (var (i, c) in clusterOfEntity) mentionStarts.Add((entities[i].Span.End, c));
        mentionStarts.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Handle) continue;
            var handle = DiacriticFolding.Fold(text.Substring(tokens[t].Start + 1, tokens[t].Length - 1)).ToLowerInvariant();
            PersonCluster? owner = null;
            bool ambiguous = false;
            foreach (var (start, c) in NearbyBefore(mentionStarts, tokens[t].Start, 80))
            {
                var surname = c.Best.SurnameKey.Replace(" ", "", StringComparison.Ordinal);
                if (surname.Length < 3 || !handle.Contains(surname, StringComparison.Ordinal) || ReferenceEquals(owner, c)) continue;
                if (owner is null) owner = c; else ambiguous = true;
            }
            if (ambiguous) owner = null;
            if (owner is not null) owner.Mentions.Add(new Mention(null, tokens[t].Span, text.Substring(tokens[t].Start, tokens[t].Length)));
        }

        int n = 0;
        foreach (var c in clusters.OrderBy(c => c.FirstStart))
        {
            n++;
            var mentions = c.Mentions.OrderBy(m => m.Span.Start).ToList();
            var country = c.Roles.Where(r => r.Country is not null && (r.Qualifiers & RoleQualifiers.Former) == 0).GroupBy(r => r.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
                ?? c.Roles.Select(r => r.Country).FirstOrDefault(x => x is not null);
            output.Add(new Person
            {
                Id = "p" + n.ToString(CultureInfo.InvariantCulture),
                Name = c.Best.Text,
                Mentions = mentions,
                Roles = c.Roles.OrderBy(r => r.Span.Start).ToList(),
                Country = country,
            });
        }
    }

    /// <summary>Keys under which a name is indexed: full, surname, last word, first word.</summary>
    private static IEnumerable<string> Keys(PersonName name)
    {
        yield return "f:" + name.FullKey;
        yield return "s:" + name.SurnameKey;
        int space = name.FullKey.LastIndexOf(' ');
        yield return "s:" + (space < 0 ? name.FullKey : name.FullKey[(space + 1)..]);
        yield return "g:" + name.FirstKey;
    }

    private string? LeaderCountry(PersonCluster c, PersonRole role, HashSet<string> mentionedCountries)
    {
        foreach (var m in c.Mentions)
        {
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var matches = _lexicons.Leaders.FindAllByName(m.Text).Concat(_lexicons.Leaders.FindAllByName(words[0] + " " + words[^1]))
                .Where(l => string.Equals(l.Title, role.CanonicalTitle, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0) continue;
            // a person listed for several territories: prefer a country the text mentions, then one where they hold both offices
            var pick = matches.FirstOrDefault(l => mentionedCountries.Contains(l.CountryIso3))
                ?? matches.GroupBy(l => l.CountryIso3).OrderByDescending(g => g.Count()).First().First();
            return pick.CountryIso3;
        }
        return null;
    }

    /// <summary>Person mentions ending at most <paramref name="window"/> characters before <paramref name="position"/> (binary search).</summary>
    private static IEnumerable<(int End, PersonCluster Cluster)> NearbyBefore(List<(int Start, PersonCluster Cluster)> ends, int position, int window)
    {
        int lo = 0, hi = ends.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ends[mid].Start < position - window) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < ends.Count && ends[k].Start <= position; k++) yield return ends[k];
    }

    private static void AddRole(PersonCluster c, PersonRole role)
    {
        // "Secretary" after "Secretary of State": a shortened title of a role already known
        if (role.Country is null && c.Roles.Any(r => r.CanonicalTitle.StartsWith(role.CanonicalTitle + " ", StringComparison.OrdinalIgnoreCase) || r.Title.StartsWith(role.Title + " ", StringComparison.OrdinalIgnoreCase))) return;
        int shorter = c.Roles.FindIndex(r => r.Country is null && (role.CanonicalTitle.StartsWith(r.CanonicalTitle + " ", StringComparison.OrdinalIgnoreCase) || role.Title.StartsWith(r.Title + " ", StringComparison.OrdinalIgnoreCase)));
        if (shorter >= 0) c.Roles.RemoveAt(shorter);
        // one entry per title and country; a later mention with a country fills in an earlier one without
        int existing = c.Roles.FindIndex(r => r.CanonicalTitle == role.CanonicalTitle && r.Qualifiers == role.Qualifiers && (r.Country == role.Country || r.Country is null || role.Country is null));
        if (existing < 0)
        {
            c.Roles.Add(role);
            return;
        }
        var r = c.Roles[existing];
        if (r.Country is null && role.Country is not null) c.Roles[existing] = r with { Country = role.Country };
        else if (r.Title != role.Title && !c.Roles.Any(x => x.Title == role.Title && x.Country == role.Country)) c.Roles.Add(role);
    }

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

    private void ResolveOrganizations(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, List<Organization> output)
    {
        var clusters = new List<OrganizationCluster>();
        var byKey = new Dictionary<string, OrganizationCluster>(StringComparer.Ordinal);
        var byAcronym = new Dictionary<string, OrganizationCluster>(StringComparer.Ordinal);
        var bySuffix = new Dictionary<string, OrganizationCluster>(StringComparer.Ordinal);
        var countryAt = new Dictionary<int, string>();
        foreach (var ce in entities)
        {
            if (ce.Country is null || ce.Type is not (EntityType.Location or EntityType.Nationality)) continue;
            for (int k = ce.FirstToken; k < ce.EndToken; k++) countryAt.TryAdd(k, ce.Country);
        }
        var orgIndexes = new List<int>();
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Organization) orgIndexes.Add(i);
        }
        // longest names first so that shorter forms find their cluster
        foreach (int i in orgIndexes.OrderByDescending(i => entities[i].Text.Length))
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
            cluster.Country ??= CountryOf(e, countryAt);
            if (cluster.Acronym is not null) byAcronym.TryAdd(cluster.Acronym, cluster);
            // an acronym the text defines: "Long Name (ACR)"
            int after = e.EndToken;
            if (!acronym && after + 2 < tokens.Count && text[tokens[after].Start] == '(' && text[tokens[after + 2].Start] == ')')
            {
                var acr = text.Substring(tokens[after + 1].Start, tokens[after + 1].Length);
                if (IsAcronym(acr))
                {
                    cluster.Acronym ??= acr;
                    byAcronym.TryAdd(acr, cluster);
                }
            }
        }
        // acronym-only clusters merge into the cluster that defines the acronym
        var definers = new Dictionary<string, OrganizationCluster>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (c.Acronym is not null && c.Key != OrgKey(c.Acronym)) definers.TryAdd(c.Acronym, c);
        }
        foreach (var c in clusters.Where(c => c.Acronym is not null && c.Key == OrgKey(c.Acronym!)).ToList())
        {
            if (!definers.TryGetValue(c.Acronym!, out var target)) continue;
            target.Mentions.AddRange(c.Mentions);
            target.FirstStart = Math.Min(target.FirstStart, c.FirstStart);
            clusters.Remove(c);
        }
        int n = 0;
        foreach (var c in clusters.OrderBy(c => c.FirstStart))
        {
            n++;
            var longest = c.Mentions.Where(m => !IsAcronym(m.Text)).OrderByDescending(m => m.Text.Length).Select(m => m.Text).FirstOrDefault() ?? c.Name;
            if (longest.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) longest = longest[4..];
            output.Add(new Organization
            {
                Id = "o" + n.ToString(CultureInfo.InvariantCulture),
                Name = longest,
                Acronym = c.Acronym,
                Mentions = c.Mentions.OrderBy(m => m.Span.Start).ToList(),
                Country = c.Country,
                Sector = c.Sector ?? SectorOf(longest),
            });
        }
    }

    /// <summary>
    /// Drops model organizations that are artefacts of headline capitalization ("Leaders Reaffirm Commitment"), handles,
    /// a single common word ("State") and coordinations of people.
    /// </summary>
    private bool IsPlausibleOrganization(string text, IReadOnlyList<Token> tokens, Entity e)
    {
        if (e.Text.StartsWith('@') || e.Text.Contains(" and ", StringComparison.Ordinal) && e.Source == EntitySource.Model) return false;
        if (e.Source != EntitySource.Model) return true;
        if (e.TokenCount == 1 && !IsAcronym(e.Text) && _lexicons.Words.IsCommonLowercaseWord(e.Text)) return false;
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
        foreach (var w in e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_lexicons.Organizations.IsHeadWord(w, out var sector) && sector == "GOV") return "GOV";
        }
        return null;
    }

    private static string? CountryOf(Entity org, Dictionary<int, string> countryAt)
    {
        for (int k = org.FirstToken - 1; k < org.EndToken; k++)
        {
            if (countryAt.TryGetValue(k, out var code)) return code;
        }
        return null;
    }

    private static string OrgKey(string name)
    {
        var folded = DiacriticFolding.Fold(name).ToLowerInvariant().Replace('\u2019', '\'');
        if (folded.StartsWith("the ", StringComparison.Ordinal)) folded = folded[4..];
        return folded.Trim();
    }

    private static bool IsAcronym(string s) => s.Length is >= 2 and <= 10 && s.IndexOf(' ') < 0 && s.Count(char.IsUpper) >= 2 && !s.Any(char.IsLower);

    private void ResolveCountries(IReadOnlyList<Entity> entities, List<Country> output)
    {
        var byCode = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var order = new List<string>();
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
            output.Add(new Country { Id = "c" + n.ToString(CultureInfo.InvariantCulture), Code = code, Name = name, Mentions = byCode[code] });
        }
    }
}
