namespace DiplomacyNlp.Tagging;

/// <summary>Per-thread scratch buffers for decoding, grown on demand and reused, so tagging allocates nothing per token.</summary>
internal sealed class TaggerScratch
{
    [ThreadStatic]
    private static TaggerScratch? _current;

    public uint[] Features = new uint[64 * FeatureExtractor.Stride];
    public float[] Emissions = new float[64 * 64];
    public float[] Delta = new float[64 * 64];
    public int[] BackPointers = new int[64 * 64];
    public int[] Path = new int[64];
    /// <summary>Exponentiated emissions for the forward-backward pass (<see cref="LinearChainModel.PathScratchLength"/>, like alpha and beta).</summary>
    public float[] ExpEmissions = new float[64 * 64];
    public float[] Confidence = new float[64];
    public float[] Alpha = new float[64 * 64];
    public float[] Beta = new float[64 * 64];
    public GazetteerFlags[] Gazetteer = new GazetteerFlags[64];
    /// <summary>Per-token values the context features use (see <see cref="FeatureExtractor.ExtractContext(FeatureKind, ReadOnlySpan{uint}, ReadOnlySpan{uint}, ReadOnlySpan{uint}, ReadOnlySpan{uint}, ReadOnlySpan{bool}, ReadOnlySpan{GazetteerFlags}, Span{uint})"/>).</summary>
    public uint[] Lower = new uint[64], Shape = new uint[64], CaseClass = new uint[64], Pos = new uint[64];
    public bool[] SentenceStart = new bool[64];

    public static TaggerScratch Get(int n, int tags)
    {
        var s = _current ??= new TaggerScratch();
        if (s.Path.Length < n) s.Path = new int[Grow(n)];
        if (s.Confidence.Length < n) s.Confidence = new float[Grow(n)];
        if (s.Gazetteer.Length < n) s.Gazetteer = new GazetteerFlags[Grow(n)];
        if (s.Lower.Length < n)
        {
            s.Lower = new uint[Grow(n)];
            s.Shape = new uint[Grow(n)];
            s.CaseClass = new uint[Grow(n)];
            s.Pos = new uint[Grow(n)];
            s.SentenceStart = new bool[Grow(n)];
        }
        if (s.Features.Length < n * FeatureExtractor.Stride) s.Features = new uint[Grow(n) * FeatureExtractor.Stride];
        int m = n * tags;
        if (s.Emissions.Length < m)
        {
            int g = Grow(n) * tags;
            s.Emissions = new float[g];
        }
        // the Viterbi and forward-backward buffers are padded to whole vectors per position
        if (s.Alpha.Length < LinearChainModel.PathScratchLength(n, tags))
        {
            int g = LinearChainModel.PathScratchLength(Grow(n), tags);
            s.ExpEmissions = new float[g];
            s.Delta = new float[g];
            s.BackPointers = new int[g];
            s.Alpha = new float[g];
            s.Beta = new float[g];
        }
        return s;
    }

    private static int Grow(int n) => Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n));
}
