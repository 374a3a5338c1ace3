using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Tests.Events;

/// <summary>
/// Builds an <see cref="EventDocument"/> from a text and hand-given entities and clusters (tokens and sentences come from
/// the real tokenizer and splitter, times from the real recognizer), so that event tests do not depend on model quality.
/// Every whole-token occurrence of a name is marked; longer names are marked first.
/// </summary>
internal sealed class AnnotatedText
{
    private readonly string _text;
    private readonly List<(string Form, EntityType Type, string? Country, string? Canonical, string Cluster)> _items = new();
    private readonly Dictionary<string, (char Kind, string Name, string? Country)> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Title, string? Country)>> _roles = new(StringComparer.Ordinal);
    private DateOnly? _published;
    private bool _clustersOn = true;

    private AnnotatedText(string text) => _text = text;

    public static AnnotatedText Of(string text) => new(text);

    public AnnotatedText Published(int y, int m, int d) { _published = new DateOnly(y, m, d); return this; }

    /// <summary>Entities only: no people, organization or country clusters.</summary>
    public AnnotatedText EntitiesOnly() { _clustersOn = false; return this; }

    public AnnotatedText Person(string name, string? country = null, params string[] alsoAs)
    {
        string id = "p" + (_clusters.Count(c => c.Value.Kind == 'p') + 1);
        _clusters[id] = ('p', name, country);
        _items.Add((name, EntityType.Person, null, null, id));
        foreach (var a in alsoAs) _items.Add((a, EntityType.Person, null, null, id));
        return this;
    }

    public AnnotatedText PersonWithRole(string name, string title, string? country, params string[] alsoAs)
    {
        Person(name, country, alsoAs);
        string id = "p" + _clusters.Count(c => c.Value.Kind == 'p');
        if (!_roles.TryGetValue(id, out var list)) _roles[id] = list = new();
        list.Add((title, country));
        return this;
    }

    public AnnotatedText Country(string name, string code, params string[] alsoAs)
    {
        string id = "c" + (_clusters.Count(c => c.Value.Kind == 'c') + 1);
        _clusters[id] = ('c', name, code);
        _items.Add((name, EntityType.Location, code, name, id));
        foreach (var a in alsoAs) _items.Add((a, EntityType.Location, code, name, id));
        return this;
    }

    public AnnotatedText Org(string name, string? country = null, params string[] alsoAs)
    {
        string id = "o" + (_clusters.Count(c => c.Value.Kind == 'o') + 1);
        _clusters[id] = ('o', name, country);
        _items.Add((name, EntityType.Organization, country, null, id));
        foreach (var a in alsoAs) _items.Add((a, EntityType.Organization, country, null, id));
        return this;
    }

    public AnnotatedText Place(string name, string? country = null) { _items.Add((name, EntityType.Location, null, country, string.Empty)); return this; }

    public AnnotatedText Role(string title, string? country = null, string? canonical = null) { _items.Add((title, EntityType.Role, country, canonical ?? title, string.Empty)); return this; }

    public AnnotatedText Nationality(string form, string country) { _items.Add((form, EntityType.Nationality, country, null, string.Empty)); return this; }

    public EventDocument Build()
    {
        var tokens = Tokenizer.Default.Tokenize(_text);
        var sentences = SentenceSplitter.Default.Split(_text, tokens);
        var timeMatches = new List<TimeMatch>();
        TimeExpressionRecognizer.Default.Recognize(_text, tokens, sentences, _published, timeMatches);
        var candidates = new List<Entity>();
        var clusterOf = new List<(Entity Entity, string Cluster)>();
        var taken = new bool[_text.Length];
        foreach (var item in _items.OrderByDescending(i => i.Form.Length))
        {
            int from = 0;
            while (true)
            {
                int at = _text.IndexOf(item.Form, from, StringComparison.Ordinal);
                if (at < 0) break;
                from = at + 1;
                int end = at + item.Form.Length;
                bool startOk = at == 0 || !char.IsLetterOrDigit(_text[at - 1]);
                bool endOk = end == _text.Length || !char.IsLetterOrDigit(_text[end]);
                if (!startOk || !endOk) continue;
                bool nestedOk = item.Type is EntityType.Location or EntityType.Nationality; // places may nest in roles
                if (!nestedOk && Enumerable.Range(at, item.Form.Length).Any(k => taken[k])) continue;
                if (item.Type is EntityType.Person or EntityType.Role or EntityType.Organization) for (int k = at; k < end; k++) taken[k] = true;
                var e = new Entity
                {
                    Id = string.Empty, Type = item.Type, Span = new SourceSpan(at, item.Form.Length), Text = item.Form,
                    Source = EntitySource.Lexicon, Confidence = 0.95, Country = item.Type == EntityType.Location && item.Cluster.Length == 0 ? null : item.Country,
                    Canonical = item.Canonical,
                };
                if (item.Type == EntityType.Location && item.Cluster.Length == 0) e = e with { Country = null, Canonical = null };
                candidates.Add(e);
                if (item.Cluster.Length > 0) clusterOf.Add((e, item.Cluster));
            }
        }
        foreach (var m in timeMatches)
        {
            int s = tokens[m.CoreFirstToken].Start, e = tokens[m.EndToken - 1].End;
            candidates.Add(new Entity { Id = string.Empty, Type = EntityType.Date, Span = SourceSpan.FromBounds(s, e), Text = _text[s..e], Source = EntitySource.Rule, Canonical = m.Expression.Value });
        }
        var entities = EntityMerger.Merge(candidates);
        var people = new List<Person>();
        var orgs = new List<Organization>();
        var countries = new List<DiplomacyNlp.People.Country>();
        if (_clustersOn)
        {
            foreach (var (id, (kind, name, country)) in _clusters)
            {
                var mentions = new List<Mention>();
                foreach (var (ent, cluster) in clusterOf)
                {
                    if (cluster != id) continue;
                    var final = entities.FirstOrDefault(x => x.Span == ent.Span && x.Type == ent.Type);
                    if (final is null) continue;
                    mentions.Add(new Mention(final.Id, final.Span, final.Text));
                }
                mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                if (mentions.Count == 0) continue;
                switch (kind)
                {
                    case 'p':
                        var roles = _roles.TryGetValue(id, out var rl) ? rl.Select(r => new PersonRole { Title = r.Title, CanonicalTitle = r.Title, Country = r.Country }).ToList() : new List<PersonRole>();
                        people.Add(new Person { Id = id, Name = name, Mentions = mentions, Roles = roles, Country = country });
                        break;
                    case 'o':
                        orgs.Add(new Organization { Id = id, Name = name, Mentions = mentions, Country = country });
                        break;
                    default:
                        countries.Add(new DiplomacyNlp.People.Country { Id = id, Code = country!, Name = name, Mentions = mentions });
                        break;
                }
            }
        }
        return new EventDocument(_text, tokens, sentences, entities, timeMatches.Select(t => t.Expression).ToList(), people, orgs, countries, _published);
    }

    public IReadOnlyList<Event> Extract(EventPatternSet? patterns = null) => new EventExtractor(patterns).Extract(Build());

    /// <summary>A one-line summary of events for messages: "Meeting(Visit) [A/Visitor; B/Host] Occurred 2025-09-03 @Lima".</summary>
    public static string Describe(IEnumerable<Event> events) => string.Join(" || ", events.Select(Describe));

    public static string Describe(Event e) =>
        $"{e.Type}({e.Kind}) [{string.Join("; ", e.Participants.Select(p => p.Name + "/" + p.Role))}] {e.Status} {e.Date?.Value ?? e.Date?.Text ?? "-"} @{e.Location?.Text ?? "-"} conf={e.Confidence:0.00} rule={e.Rule}";
}
