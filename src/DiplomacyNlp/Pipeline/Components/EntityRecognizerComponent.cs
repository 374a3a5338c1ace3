using DiplomacyNlp.Entities;
using DiplomacyNlp.Tagging;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>
/// Appends the statistical model's entities (Person, Organization, Location, Nationality, Date, Role) with calibrated
/// confidences as candidates; <see cref="EntityMergeComponent"/> reconciles them with lexicon and rule entities.
/// </summary>
public sealed class EntityRecognizerComponent : IPipelineComponent
{
    private readonly Func<EntityTagger> _tagger;

    /// <summary>Uses the shipped model (loaded on first use).</summary>
    public EntityRecognizerComponent() : this(() => TaggerModels.Entities)
    {
    }

    /// <summary>Uses the given tagger.</summary>
    public EntityRecognizerComponent(EntityTagger tagger) : this(() => tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
    }

    private EntityRecognizerComponent(Func<EntityTagger> tagger) => _tagger = tagger;

    /// <inheritdoc />
    public string Name => "ner";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences | AnalysisLayers.PartsOfSpeech;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.Entities;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tagger = _tagger();
        var found = new List<TaggedEntity>();
        var text = context.Text;
        var tokens = context.Tokens;
        int firstNew = context.Entities.Count;
        foreach (var s in context.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            tagger.Tag(text, tokens, s.FirstToken, s.EndToken, found);
            foreach (var e in found)
            {
                if (!Enum.TryParse<EntityType>(e.Type, out var type)) continue;
                var span = SourceSpan.FromBounds(tokens[e.First].Start, tokens[e.First + e.Count - 1].End);
                context.Entities.Add(new Entity
                {
                    Id = string.Empty,
                    Type = type,
                    Span = span,
                    Text = text.Substring(span.Start, span.Length),
                    FirstToken = e.First,
                    TokenCount = e.Count,
                    Confidence = e.Confidence,
                    Source = EntitySource.Model,
                });
            }
        }
        ApplyDocumentConsistency(context.Entities, firstNew, tokens, text);
    }

    /// <summary>One type per name across the document (see <see cref="DocumentConsistency"/>), over the model entities just added.</summary>
    private static void ApplyDocumentConsistency(List<Entity> entities, int first, IReadOnlyList<Token> tokens, string text)
    {
        int n = entities.Count - first;
        if (n < 2) return;
        var texts = new string[n];
        var lastWords = new string[n];
        var counts = new int[n];
        var types = new string[n];
        var confidences = new double[n];
        for (int i = 0; i < n; i++)
        {
            var e = entities[first + i];
            texts[i] = e.Text;
            var last = tokens[e.EndToken - 1];
            lastWords[i] = e.TokenCount == 1 ? e.Text : last.GetText(text);
            counts[i] = e.TokenCount;
            types[i] = TypeNames[(int)e.Type];
            confidences[i] = e.Confidence;
        }
        if (DocumentConsistency.Apply(texts, lastWords, counts, types, confidences) == 0) return;
        for (int i = 0; i < n; i++)
        {
            var e = entities[first + i];
            var type = Enum.Parse<EntityType>(types[i]);
            if (type != e.Type) entities[first + i] = e with { Type = type };
        }
    }

    private static readonly string[] TypeNames = BuildTypeNames();

    private static string[] BuildTypeNames()
    {
        var values = Enum.GetValues<EntityType>();
        int max = 0;
        foreach (var v in values) max = Math.Max(max, (int)v);
        var names = new string[max + 1];
        foreach (var v in values) names[(int)v] = v.ToString();
        return names;
    }
}
