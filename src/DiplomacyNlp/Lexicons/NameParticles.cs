using DiplomacyNlp.Text;

namespace DiplomacyNlp.Lexicons;

/// <summary>The particles inside personal names ("de la Vega", "van der Berg", "bin Salman"), in any case.</summary>
internal static class NameParticles
{
    private static readonly SpanStringSet Particles = new(
    [
        "de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "das", "do", "dos", "di", "du", "le", "bin", "ibn", "al", "el", "ben", "st.", "y",
    ], ignoreCase: true);

    /// <summary>True for a name particle.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Particles.Contains(word);
}
