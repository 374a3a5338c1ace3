using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// A per-thread, direct-mapped cache of what a tagger computes from a word alone: its gazetteer flags and the summed
/// weights of its word-only features (the first <see cref="FeatureExtractor.WordSlots"/> slots). News text repeats its
/// words, so most tokens skip the word half of feature extraction and scoring. A hit yields bitwise the numbers a miss
/// computes: the word weights are always summed from zero in slot order, and the context weights are added after them,
/// exactly as <see cref="LinearChainModel.Emissions"/> does for a whole token. Not thread-safe: one instance per thread.
/// </summary>
internal sealed class WordFeatureCache
{
    private const int Size = 4096;
    private const int MaxLength = 24;

    private readonly LinearChainModel _model;
    private readonly GazetteerFeatureSource? _gazetteer;
    private readonly bool _withGazetteer;
    private readonly int _tags;
    private readonly char[] _chars = new char[Size * MaxLength];
    private readonly byte[] _length = new byte[Size];
    private readonly byte[] _caseClass = new byte[Size];
    private readonly GazetteerFlags[] _flags = new GazetteerFlags[Size];
    private readonly uint[] _lower = new uint[Size];
    private readonly uint[] _shape = new uint[Size];
    private readonly float[] _weights;
    private readonly uint[] _slots = new uint[FeatureExtractor.WordSlots];

    /// <summary>Creates an empty cache for <paramref name="model"/>; entity models also cache the gazetteer flags.</summary>
    public WordFeatureCache(LinearChainModel model, GazetteerFeatureSource? gazetteer)
    {
        _model = model;
        _gazetteer = gazetteer;
        _withGazetteer = model.Kind == FeatureKind.Entities;
        _tags = model.Tags.Count;
        _weights = new float[Size * _tags];
    }

    /// <summary>
    /// Writes the word-feature scores of <paramref name="token"/> into <paramref name="scores"/> (one row of tags) and
    /// returns the token's gazetteer flags.
    /// </summary>
    public GazetteerFlags Fill(string text, Token token, Span<float> scores) => Fill(text, token, scores, out _, out _, out _);

    /// <summary>
    /// <see cref="Fill(string, Token, Span{float})"/>, also giving the word values the context features use:
    /// <see cref="FeatureExtractor.LowerHash"/>, <see cref="FeatureExtractor.ShapeHash"/> and <see cref="FeatureExtractor.CaseClass"/>.
    /// </summary>
    public GazetteerFlags Fill(string text, Token token, Span<float> scores, out uint lower, out uint shape, out uint caseClass)
    {
        var w = text.AsSpan(token.Start, token.Length);
        caseClass = FeatureExtractor.CaseClass(token);
        if (w.Length == 0 || w.Length > MaxLength)
        {
            lower = FeatureExtractor.LowerHash(w);
            shape = FeatureExtractor.ShapeHash(w);
            return Compute(w, token.Kind, caseClass, scores);
        }
        uint h = FeatureExtractor.HashExact(w) ^ (caseClass * 0x9E3779B1u);
        int slot = (int)((h ^ (h >> 15)) & (Size - 1));
        var weights = _weights.AsSpan(slot * _tags, _tags);
        var chars = _chars.AsSpan(slot * MaxLength, w.Length);
        if (_length[slot] != w.Length || _caseClass[slot] != caseClass || !w.SequenceEqual(chars))
        {
            _flags[slot] = Compute(w, token.Kind, caseClass, weights);
            _lower[slot] = FeatureExtractor.LowerHash(w);
            _shape[slot] = FeatureExtractor.ShapeHash(w);
            w.CopyTo(chars);
            _length[slot] = (byte)w.Length;
            _caseClass[slot] = (byte)caseClass;
        }
        weights.CopyTo(scores);
        lower = _lower[slot];
        shape = _shape[slot];
        return _flags[slot];
    }

    private GazetteerFlags Compute(ReadOnlySpan<char> w, TokenKind kind, uint caseClass, Span<float> weights)
    {
        var flags = _gazetteer is not null && kind == TokenKind.Word ? _gazetteer.Compute(w) : GazetteerFlags.None;
        FeatureExtractor.ExtractWord(w, caseClass, _withGazetteer, flags, _slots);
        weights.Clear();
        _model.AddRows(_slots, weights);
        return flags;
    }
}
