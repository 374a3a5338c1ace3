using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// What the pipeline found in one document: plain immutable objects that point back into the text by span.
/// Nothing here needs the pipeline to be read.
/// </summary>
public sealed class AnalysisResult
{
    private AnalysisResult(Document document, IReadOnlyList<Token> tokens, Sentence[] sentences, EntityCollection entities,
        TimeExpression[] times, PersonCollection people, OrganizationCollection organizations, CountryCollection countries,
        EventCollection events, AnalysisLayers layers)
    {
        Document = document;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        TimeExpressions = times;
        People = people;
        Organizations = organizations;
        Countries = countries;
        Events = events;
        Layers = layers;
    }

    internal static AnalysisResult From(AnalysisContext c) => new(
        c.Document, c.Tokens.AsReadOnly(), c.Sentences.ToArray(), new EntityCollection(c.Entities), c.TimeExpressions.ToArray(),
        new PersonCollection(c.People), new OrganizationCollection(c.Organizations), new CountryCollection(c.Countries),
        new EventCollection(c.Events), c.Layers);

    /// <summary>The analyzed document (its text is unchanged).</summary>
    public Document Document { get; }

    /// <summary>The document text.</summary>
    public string Text => Document.Text;

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Entities in text order.</summary>
    public EntityCollection Entities { get; }

    /// <summary>Normalized time expressions.</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions { get; }

    /// <summary>People with their mentions and roles.</summary>
    public PersonCollection People { get; }

    /// <summary>Organizations with their mentions.</summary>
    public OrganizationCollection Organizations { get; }

    /// <summary>Countries with their mentions.</summary>
    public CountryCollection Countries { get; }

    /// <summary>Typed events.</summary>
    public EventCollection Events { get; }

    /// <summary>The layers the pipeline produced.</summary>
    public AnalysisLayers Layers { get; }

    /// <summary>The text of a token.</summary>
    public string GetText(Token token) => token.GetText(Document.Text);

    /// <summary>The text of a span.</summary>
    public string GetText(SourceSpan span) => Document.GetText(span);
}
