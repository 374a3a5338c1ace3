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

    /// <summary>Uses the shipped model (loading starts in the background now; the first document waits for it if needed).</summary>
    public EntityRecognizerComponent() : this(() => TaggerModels.Entities)
    {
        TaggerModels.StartLoading();
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
        var s = t_consistency ??= new ConsistencyScratch();
        s.Ensure(n);
        for (int i = 0; i < n; i++)
        {
            var e = entities[first + i];
            s.Texts[i] = e.Text;
            s.LastWords[i] = e.TokenCount == 1 ? e.Text : tokens[e.EndToken - 1].GetText(text);
            s.Counts[i] = e.TokenCount;
            s.Types[i] = TypeNames[(int)e.Type];
            s.Confidences[i] = e.Confidence;
        }
        if (DocumentConsistency.Apply(s.Texts, s.LastWords, s.Counts, s.Types, s.Confidences, n) > 0)
        {
            for (int i = 0; i < n; i++)
            {
                var e = entities[first + i];
                if (!ReferenceEquals(s.Types[i], TypeNames[(int)e.Type])) entities[first + i] = e with { Type = Enum.Parse<EntityType>(s.Types[i]) };
            }
        }
        s.Release(n);
    }

    [ThreadStatic]
    private static ConsistencyScratch? t_consistency;

    /// <summary>Per-thread arrays for <see cref="ApplyDocumentConsistency"/>, reused across documents.</summary>
    private sealed class ConsistencyScratch
    {
        public string[] Texts = new string[64];
        public string[] LastWords = new string[64];
        public int[] Counts = new int[64];
        public string[] Types = new string[64];
        public double[] Confidences = new double[64];

        public void Ensure(int n)
        {
            if (Texts.Length >= n) return;
            int size = Math.Max(n, Texts.Length * 2);
            Texts = new string[size];
            LastWords = new string[size];
            Counts = new int[size];
            Types = new string[size];
            Confidences = new double[size];
        }

        /// <summary>Drops the references to this document's strings.</summary>
        public void Release(int n)
        {
            Array.Clear(Texts, 0, n);
            Array.Clear(LastWords, 0, n);
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
