using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace DiplomacyNlp.Lexicons;

/// <summary>
/// Where lexicon files come from: by default the resources embedded in the assembly
/// (<c>DiplomacyNlp.Lexicons.&lt;name&gt;.tsv.gz</c>); tests and tools may supply another opener.
/// Rows are tab-separated, one per line, gzip-compressed.
/// </summary>
public sealed class LexiconSource
{
    private readonly Func<string, Stream?> _open;

    /// <summary>Creates a source from a function that opens a lexicon file by name ("countries.tsv.gz"); null means missing.</summary>
    public LexiconSource(Func<string, Stream?> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        _open = open;
    }

    /// <summary>The resources embedded in the DiplomacyNlp assembly.</summary>
    public static LexiconSource Embedded { get; } = new(name =>
        typeof(LexiconSource).Assembly.GetManifestResourceStream("DiplomacyNlp.Lexicons." + name));

    /// <summary>Reads the rows of a lexicon file, split on tabs.</summary>
    /// <exception cref="LexiconLoadException">The file is missing, not gzip, or not UTF-8 text with at least <paramref name="minColumns"/> columns per row.</exception>
    public List<string[]> ReadRows(string name, int minColumns)
    {
        var stream = _open(name) ?? throw new LexiconLoadException(name, "is missing");
        var rows = new List<string[]>();
        try
        {
            using (stream)
            using (var gz = new GZipStream(stream, CompressionMode.Decompress))
            using (var reader = new StreamReader(gz, new UTF8Encoding(false, throwOnInvalidBytes: true)))
            {
                string? line;
                int n = 0;
                while ((line = reader.ReadLine()) is not null)
                {
                    n++;
                    if (line.Length == 0) continue;
                    var cols = line.Split('\t');
                    if (cols.Length < minColumns) throw new LexiconLoadException(name, $"is corrupt: line {n} has {cols.Length} columns, expected {minColumns}");
                    rows.Add(cols);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or DecoderFallbackException or IOException)
        {
            throw new LexiconLoadException(name, "is corrupt (" + ex.Message + ")", ex);
        }
        if (rows.Count == 0) throw new LexiconLoadException(name, "is empty");
        return rows;
    }

    internal static Assembly Assembly => typeof(LexiconSource).Assembly;
}
