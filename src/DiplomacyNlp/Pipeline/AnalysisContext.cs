using DiplomacyNlp.Entities;
using DiplomacyNlp.Events;
using DiplomacyNlp.People;
using DiplomacyNlp.Text;
using DiplomacyNlp.Time;

namespace DiplomacyNlp.Pipeline;

/// <summary>
/// The working state of one document as it flows through the components. Components append to and refine
/// these lists; the pipeline freezes them into an <see cref="AnalysisResult"/> at the end.
/// </summary>
public sealed class AnalysisContext
{
    /// <summary>Creates a context for a document.</summary>
    public AnalysisContext(Document document, DiplomacyPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        Document = document;
        Options = options;
    }

    /// <summary>The document being analyzed.</summary>
    public Document Document { get; }

    /// <summary>The document text.</summary>
    public string Text => Document.Text;

    /// <summary>The pipeline's options.</summary>
    public DiplomacyPipelineOptions Options { get; }

    /// <summary>Tokens in text order.</summary>
    public List<Token> Tokens { get; } = new();

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = new();

    /// <summary>Entities; after the entity stage, in text order with ids assigned.</summary>
    public List<Entity> Entities { get; } = new();

    /// <summary>Normalized time expressions.</summary>
    public List<TimeExpression> TimeExpressions { get; } = new();

    /// <summary>People clusters.</summary>
    public List<Person> People { get; } = new();

    /// <summary>Organization clusters.</summary>
    public List<Organization> Organizations { get; } = new();

    /// <summary>Country clusters.</summary>
    public List<Country> Countries { get; } = new();

    /// <summary>Events.</summary>
    public List<Event> Events { get; } = new();

    /// <summary>Scratch data that one component leaves for a later one, keyed by a name the two agree on.</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The layers produced so far.</summary>
    public AnalysisLayers Layers { get; internal set; }

    /// <summary>Index of the sentence that contains token <paramref name="tokenIndex"/> (binary search), or -1.</summary>
    public int SentenceOfToken(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (tokenIndex < s.FirstToken) hi = mid - 1;
            else if (tokenIndex >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token whose start is at or after <paramref name="offset"/> (binary search).</summary>
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
}
