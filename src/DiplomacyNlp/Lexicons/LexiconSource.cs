using System.Buffers;
using System.Reflection;
using System.Text.Unicode;

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

    /// <summary>True when the source has a lexicon file of that name (optional lexicons are skipped when it has not).</summary>
    public bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = _open(name);
        return stream is not null;
    }

    /// <summary>Reads the rows of a lexicon file, split on tabs.</summary>
    /// <exception cref="LexiconLoadException">The file is missing, not gzip, or not UTF-8 text with at least <paramref name="minColumns"/> columns per row.</exception>
    public List<string[]> ReadRows(string name, int minColumns)
    {
        var text = ReadText(name);
        var rows = new List<string[]>();
        var reader = text.Rows();
        while (reader.MoveNext(out var line))
        {
            var cols = line.ToString().Split('\t');
            if (cols.Length < minColumns) throw text.TooFewColumns(reader.LineNumber, cols.Length, minColumns);
            rows.Add(cols);
        }
        if (rows.Count == 0) throw new LexiconLoadException(name, "is empty");
        return rows;
    }

    /// <summary>
    /// Reads a whole lexicon file into one character buffer (gzip-decompressed, UTF-8-decoded, byte order mark skipped),
    /// for loaders that parse rows as spans instead of allocating strings per row and column.
    /// </summary>
    /// <exception cref="LexiconLoadException">The file is missing, not gzip, or not UTF-8 text.</exception>
    internal LexiconText ReadText(string name)
    {
        var stream = _open(name) ?? throw new LexiconLoadException(name, "is missing");
        byte[] bytes;
        int length;
        try
        {
            using (stream)
            {
                (bytes, length) = GzipBuffer.ReadAll(stream, leaveOpen: false);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new LexiconLoadException(name, "is corrupt (" + ex.Message + ")", ex);
        }
        var source = bytes.AsSpan(0, length);
        if (source.StartsWith("\uFEFF"u8)) source = source[3..];
        // UTF-8 never needs more UTF-16 code units than bytes.
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new LexiconLoadException(name, $"is corrupt (not UTF-8 text: invalid bytes at offset {read})");
        }
        return new LexiconText(name, chars, written);
    }

    internal static Assembly Assembly => typeof(LexiconSource).Assembly;
}
