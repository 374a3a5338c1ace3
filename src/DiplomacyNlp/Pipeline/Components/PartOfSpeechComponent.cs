using DiplomacyNlp.Tagging;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Pipeline.Components;

/// <summary>Tags every token with its Penn part of speech, sentence by sentence.</summary>
public sealed class PartOfSpeechComponent : IPipelineComponent
{
    private readonly Func<PartOfSpeechTagger> _tagger;

    /// <summary>Uses the shipped model (loading starts in the background now; the first document waits for it if needed).</summary>
    public PartOfSpeechComponent() : this(() => TaggerModels.PartOfSpeech)
    {
        TaggerModels.StartLoading();
    }

    /// <summary>Uses the given tagger.</summary>
    public PartOfSpeechComponent(PartOfSpeechTagger tagger) : this(() => tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
    }

    private PartOfSpeechComponent(Func<PartOfSpeechTagger> tagger) => _tagger = tagger;

    /// <inheritdoc />
    public string Name => "pos";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Tokens | AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Produces => AnalysisLayers.PartsOfSpeech;

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tagger = _tagger();
        var tokens = context.Tokens;
        PartOfSpeech[]? buffer = null;
        foreach (var s in context.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer is null || buffer.Length < s.TokenCount) buffer = new PartOfSpeech[Math.Max(64, s.TokenCount)];
            tagger.Tag(context.Text, tokens, s.FirstToken, s.EndToken, buffer);
            for (int i = 0; i < s.TokenCount; i++) tokens[s.FirstToken + i] = tokens[s.FirstToken + i].WithPos(buffer[i]);
        }
    }
}
