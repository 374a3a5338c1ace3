using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>
/// Builds an <see cref="AnalysisResult"/> with hand-given entities, clusters and events through the public API only: the
/// real tokenizer and sentence splitter run, then a pipeline component adds the annotations. The renderer is tested on
/// exactly known layers, independent of model quality.
/// </summary>
internal sealed class AnnotatedResult
{
    private readonly string _text;
    private readonly List<Entity> _entities = new();
    private readonly List<Person> _people = new();
    private readonly List<Organization> _organizations = new();
    private readonly List<Country> _countries = new();
    private readonly List<Event> _events = new();
    private readonly List<TimeExpression> _times = new();

    public AnnotatedResult(string text) => _text = text;

    public string Text => _text;

    /// <summary>The span of the <paramref name="occurrence"/>-th (1-based) occurrence of <paramref name="form"/>.</summary>
    public SourceSpan Find(string form, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = _text.IndexOf(form, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{form}' occurs fewer than {occurrence} times in the text.");
        }
        return new SourceSpan(at, form.Length);
    }

    public Entity Entity(EntityType type, string form, int occurrence = 1, string? country = null, string? canonical = null, string? sector = null) =>
        Entity(type, Find(form, occurrence), country, canonical, sector);

    public Entity Entity(EntityType type, SourceSpan span, string? country = null, string? canonical = null, string? sector = null)
    {
        var e = new Entity
        {
            Id = "e" + (_entities.Count + 1),
            Type = type,
            Span = span,
            Text = _text.Substring(span.Start, span.Length),
            Confidence = 0.9,
            Source = EntitySource.Pattern,
            Country = country,
            Canonical = canonical,
            Sector = sector,
        };
        _entities.Add(e);
        return e;
    }

    public static Mention MentionOf(Entity e) => new(e.Id, e.Span, e.Text);

    public Mention Mention(string form, int occurrence = 1)
    {
        var span = Find(form, occurrence);
        return new Mention(null, span, form);
    }

    public Person Person(string name, string? country, IReadOnlyList<Mention> mentions, params PersonRole[] roles)
    {
        var p = new Person { Id = "p" + (_people.Count + 1), Name = name, Country = country, Mentions = mentions, Roles = roles };
        _people.Add(p);
        return p;
    }

    public static PersonRole RoleOf(Entity role, string? country, string? sector = "GOV", RoleQualifiers qualifiers = RoleQualifiers.None) => new()
    {
        Title = role.Text,
        CanonicalTitle = role.Canonical ?? role.Text,
        Country = country,
        Sector = sector,
        Qualifiers = qualifiers,
        Span = role.Span,
        EntityId = role.Id,
    };

    public Organization Organization(string name, string? acronym, string? country, params Mention[] mentions)
    {
        var o = new Organization { Id = "o" + (_organizations.Count + 1), Name = name, Acronym = acronym, Country = country, Sector = "GOV", Mentions = mentions };
        _organizations.Add(o);
        return o;
    }

    public Country Country(string code, string name, params Mention[] mentions)
    {
        var c = new Country { Id = "c" + (_countries.Count + 1), Code = code, Name = name, Mentions = mentions };
        _countries.Add(c);
        return c;
    }

    public TimeExpression Time(string form, string? value, TimeGranularity granularity, int occurrence = 1)
    {
        var t = new TimeExpression { Span = Find(form, occurrence), Text = form, Value = value, Granularity = granularity };
        _times.Add(t);
        return t;
    }

    public static EventParticipant Participant(Person p, Mention m, ArgumentRole role, string? country) =>
        new() { Ref = p.Id, Name = p.Name, Role = role, Country = country, Span = m.Span };

    public string NextEventId => "ev" + (_events.Count + 1);

    public void Add(Event e) => _events.Add(e);

    public AnalysisResult Build(DocumentInfo? info = null)
    {
        var builder = DiplomacyPipeline.CreateBuilder().UseSentences();
        builder.Components.Add(new InjectComponent(this));
        return builder.Build().Process(_text, info);
    }

    /// <summary>Adds the hand-given layers to the context, as a real entity/people/event stage would.</summary>
    private sealed class InjectComponent(AnnotatedResult source) : IPipelineComponent
    {
        public string Name => "annotations";

        public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences;

        public AnalysisLayers Produces => AnalysisLayers.Entities | AnalysisLayers.TimeExpressions | AnalysisLayers.People | AnalysisLayers.Events;

        public void Process(AnalysisContext context, CancellationToken cancellationToken)
        {
            context.Entities.AddRange(source._entities);
            context.People.AddRange(source._people);
            context.Organizations.AddRange(source._organizations);
            context.Countries.AddRange(source._countries);
            context.TimeExpressions.AddRange(source._times);
            context.Events.AddRange(source._events);
        }
    }
}
