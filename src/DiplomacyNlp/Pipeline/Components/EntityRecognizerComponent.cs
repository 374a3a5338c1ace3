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
    }
}
