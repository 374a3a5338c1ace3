using System.Runtime.CompilerServices;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// Computes hashed feature ids for every token of a sentence, in the spirit of Ratinov and Roth (2009): words and
/// lowercased words in a ±2 window, prefixes and suffixes, shapes, capitalization patterns, sentence position,
/// part-of-speech context and gazetteer memberships (entity features). Hashes are computed over the characters
/// of the text, never over new strings, so extraction allocates nothing. Each token gets exactly
/// <see cref="Stride"/> slots; unused slots hold 0 ("no feature").
/// </summary>
public static class FeatureExtractor
{
    /// <summary>Feature slots per token.</summary>
    public const int Stride = 56;

    /// <summary>
    /// The first <see cref="WordSlots"/> slots of a token hold the features that depend on the word alone (its characters,
    /// case class and gazetteer flags); the rest depend on the context. Taggers cache the weights of the word part per word.
    /// </summary>
    public const int WordSlots = 20;

    /// <summary>Version of the templates; stored in model files so a model never runs with other features.</summary>
    public const int TemplateVersion = 3;

    private const uint Bos = 0x5B0_0001, Eos = 0x5E0_0002;

    /// <summary>
    /// Writes the features of tokens <paramref name="first"/>..<paramref name="end"/> into <paramref name="output"/>
    /// (<see cref="Stride"/> slots per token). <paramref name="gazetteer"/> may be empty for POS features.
    /// </summary>
    public static void Extract(FeatureKind kind, string text, IReadOnlyList<Token> tokens, int first, int end,
        ReadOnlySpan<GazetteerFlags> gazetteer, Span<uint> output)
    {
        int n = end - first;
        bool withGazetteer = kind == FeatureKind.Entities && gazetteer.Length >= n;
        for (int i = 0; i < n; i++)
        {
            var t = tokens[first + i];
            ExtractWord(text.AsSpan(t.Start, t.Length), CaseClass(t), withGazetteer, withGazetteer ? gazetteer[i] : GazetteerFlags.None,
                output.Slice(i * Stride, WordSlots));
        }
        ExtractContext(kind, text, tokens, first, end, gazetteer, output);
    }

    /// <summary>
    /// Writes the word-only features of one word into <paramref name="slots"/> (<see cref="WordSlots"/> long; unused
    /// slots are cleared). <paramref name="caseClass"/> comes from <see cref="CaseClass"/>; the gazetteer features
    /// (entity models only) are written when <paramref name="withGazetteer"/> is set.
    /// </summary>
    internal static void ExtractWord(ReadOnlySpan<char> w, uint caseClass, bool withGazetteer, GazetteerFlags g0, Span<uint> slots)
    {
        slots[..WordSlots].Clear();
        int k = 0;
        slots[k++] = Mix(2, HashExact(w));
        slots[k++] = Mix(3, HashLower(w, 0x9E37u));
        for (int a = 1; a <= 4; a++)
        {
            if (w.Length > a)
            {
                slots[k++] = Mix(10 + (uint)a, HashLower(w[..a], 0x1234u));
                slots[k++] = Mix(20 + (uint)a, HashLower(w[^a..], 0x4321u));
            }
        }
        slots[k++] = Mix(30, HashShape(w, compressed: false));
        slots[k++] = Mix(31, HashShape(w, compressed: true));
        slots[k++] = Mix(36, (uint)Math.Min(w.Length, 12));
        if (withGazetteer)
        {
            slots[k++] = Mix(50, (uint)g0);
            slots[k++] = Mix(53, Mix((uint)g0, caseClass));
            // single flags let rare combinations generalize
            AddFlags(slots[..WordSlots], k, 54, g0);
        }
    }

    /// <summary>
    /// Writes the context features (slots <see cref="WordSlots"/>..<see cref="Stride"/>) of tokens
    /// <paramref name="first"/>..<paramref name="end"/>; the word slots are left as they are.
    /// </summary>
    [SkipLocalsInit]
    internal static void ExtractContext(FeatureKind kind, string text, IReadOnlyList<Token> tokens, int first, int end,
        ReadOnlySpan<GazetteerFlags> gazetteer, Span<uint> output)
    {
        int n = end - first;
        // per-token values, each token read once: word hashes, case class and part of speech
        Span<uint> lower = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<uint> cshape = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<uint> caseClass = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<uint> pos = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<bool> sentenceStart = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (int i = 0; i < n; i++)
        {
            var t = tokens[first + i];
            var w = text.AsSpan(t.Start, t.Length);
            lower[i] = HashLower(w, 0x9E37u);
            cshape[i] = HashShape(w, compressed: true);
            caseClass[i] = CaseClass(t);
            pos[i] = (uint)t.Pos;
            sentenceStart[i] = t.Has(TokenFlags.SentenceStart);
        }
        ExtractContext(kind, lower, cshape, caseClass, pos, sentenceStart, gazetteer, output);
    }

    /// <summary>
    /// <see cref="ExtractContext(FeatureKind, string, IReadOnlyList{Token}, int, int, ReadOnlySpan{GazetteerFlags}, Span{uint})"/>
    /// from the tokens' precomputed values: <see cref="LowerHash"/>, <see cref="ShapeHash"/>, <see cref="CaseClass"/>, the
    /// part of speech and whether the token starts a sentence.
    /// </summary>
    internal static void ExtractContext(FeatureKind kind, ReadOnlySpan<uint> lower, ReadOnlySpan<uint> cshape, ReadOnlySpan<uint> caseClass,
        ReadOnlySpan<uint> pos, ReadOnlySpan<bool> sentenceStart, ReadOnlySpan<GazetteerFlags> gazetteer, Span<uint> output)
    {
        int n = lower.Length;
        bool entities = kind == FeatureKind.Entities;
        bool withGazetteer = gazetteer.Length >= n;
        for (int i = 0; i < n; i++)
        {
            var slots = output.Slice(i * Stride + WordSlots, Stride - WordSlots);
            slots.Clear();
            int k = 0;
            uint lw = lower[i];
            uint lp1 = i > 0 ? lower[i - 1] : Bos, lp2 = i > 1 ? lower[i - 2] : Bos;
            uint ln1 = i + 1 < n ? lower[i + 1] : Eos, ln2 = i + 2 < n ? lower[i + 2] : Eos;
            uint sp1 = i > 0 ? cshape[i - 1] : Bos, sn1 = i + 1 < n ? cshape[i + 1] : Eos;
            slots[k++] = Mix(1, 1);
            slots[k++] = Mix(4, lp1);
            slots[k++] = Mix(5, ln1);
            slots[k++] = Mix(6, lp2);
            slots[k++] = Mix(7, ln2);
            slots[k++] = Mix(8, Mix(lp1, lw));
            slots[k++] = Mix(9, Mix(lw, ln1));
            slots[k++] = Mix(32, Mix(sp1, cshape[i]));
            slots[k++] = Mix(33, Mix(cshape[i], sn1));
            uint cc = caseClass[i];
            uint prevCase = i > 0 ? caseClass[i - 1] : 99;
            uint nextCase = i + 1 < n ? caseClass[i + 1] : 98;
            slots[k++] = Mix(34, cc | (sentenceStart[i] || i == 0 ? 16u : 0u));
            slots[k++] = Mix(35, Mix(prevCase, Mix(cc, nextCase)));
            slots[k++] = Mix(37, Mix(lw, i == 0 ? 1u : 0u));
            if (entities)
            {
                uint p0 = pos[i];
                uint pp1 = i > 0 ? pos[i - 1] : 200;
                uint pn1 = i + 1 < n ? pos[i + 1] : 201;
                slots[k++] = Mix(40, p0);
                slots[k++] = Mix(41, pp1);
                slots[k++] = Mix(42, pn1);
                slots[k++] = Mix(43, Mix(pp1, p0));
                slots[k++] = Mix(44, Mix(p0, pn1));
                slots[k++] = Mix(45, Mix(p0, cc));
                if (withGazetteer)
                {
                    var g0 = gazetteer[i];
                    var gp = i > 0 ? gazetteer[i - 1] : GazetteerFlags.None;
                    var gn = i + 1 < n ? gazetteer[i + 1] : GazetteerFlags.None;
                    slots[k++] = Mix(51, Mix((uint)gp, (uint)g0));
                    slots[k++] = Mix(52, Mix((uint)g0, (uint)gn));
                    k = AddFlags(slots, k, 55, gp);
                    AddFlags(slots, k, 56, gn);
                }
            }
        }
    }

    /// <summary>The lowercased-word hash the context features use.</summary>
    internal static uint LowerHash(ReadOnlySpan<char> w) => HashLower(w, 0x9E37u);

    /// <summary>The compressed-shape hash the context features use.</summary>
    internal static uint ShapeHash(ReadOnlySpan<char> w) => HashShape(w, compressed: true);

    private static int AddFlags(Span<uint> slots, int k, uint template, GazetteerFlags flags)
    {
        // at most 4 of the most informative flags (the lowest bits of the 13), to bound the slot count
        uint bits = (uint)flags & 0x1FFF;
        for (int added = 0; bits != 0 && added < 4 && k < slots.Length; added++)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            slots[k++] = Mix(template, (uint)bit);
        }
        return k;
    }

    /// <summary>A small number for the token's kind and capitalization pattern.</summary>
    internal static uint CaseClass(Token t)
    {
        if (t.Kind == TokenKind.Number) return 1;
        if (t.Kind != TokenKind.Word) return t.Kind == TokenKind.Punctuation ? 2u : 3u;
        if (t.Has(TokenFlags.AllUpper)) return t.Has(TokenFlags.HasPeriod) ? 4u : 5u;
        if (t.Has(TokenFlags.MixedCase)) return 6;
        if (t.Has(TokenFlags.InitialUpper)) return t.Has(TokenFlags.HasHyphen) ? 7u : 8u;
        if (t.Has(TokenFlags.AllLower)) return t.Has(TokenFlags.HasHyphen) ? 9u : 10u;
        return 11;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint a, uint b)
    {
        uint h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h == 0 ? 1u : h;
    }

    internal static uint HashExact(ReadOnlySpan<char> w)
    {
        uint h = 2166136261u;
        foreach (char c in w) h = (h ^ c) * 16777619u;
        return h;
    }

    private static uint HashLower(ReadOnlySpan<char> w, uint seed)
    {
        uint h = 2166136261u ^ seed;
        foreach (char c in w)
        {
            char l = c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c);
            if (l == '\u2019') l = '\'';
            h = (h ^ l) * 16777619u;
        }
        return h;
    }

    private static uint HashShape(ReadOnlySpan<char> w, bool compressed)
    {
        uint h = compressed ? 0x811C9DC5u : 0x01000193u;
        char last = '\0';
        int len = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (compressed && s == last) continue;
            if (!compressed && ++len > 8) break;
            last = s;
            h = (h ^ s) * 16777619u;
        }
        return h;
    }
}
