using System.Runtime.CompilerServices;

namespace DiplomacyNlp.Lexicons;

/// <summary>A decoded lexicon file: its name (for errors) and its text in one buffer, <c>Chars[0..Length]</c>.</summary>
internal readonly struct LexiconText
{
    public LexiconText(string name, char[] chars, int length)
    {
        Name = name;
        Chars = chars;
        Length = length;
    }

    /// <summary>The file name ("places.tsv.gz").</summary>
    public string Name { get; }

    /// <summary>The text; only the first <see cref="Length"/> characters are used.</summary>
    public char[] Chars { get; }

    /// <summary>The number of characters of text.</summary>
    public int Length { get; }

    /// <summary>An upper bound on the number of rows (line breaks plus one), for sizing tables.</summary>
    public int MaxRows()
    {
        var span = new ReadOnlySpan<char>(Chars, 0, Length);
        return span.Count('\n') + span.Count('\r') + 1;
    }

    /// <summary>Enumerates the non-empty lines.</summary>
    public RowReader Rows() => new(Chars, Length);

    /// <summary>The error for a row with too few columns.</summary>
    public LexiconLoadException TooFewColumns(int line, int columns, int expected) =>
        new(Name, $"is corrupt: line {line} has {columns} columns, expected {expected}");

    /// <summary>The error for a file without rows.</summary>
    public LexiconLoadException Empty() => new(Name, "is empty");

    /// <summary>
    /// Splits <paramref name="line"/> (starting at <paramref name="lineStart"/> in <see cref="Chars"/>) on tabs into the
    /// first <c>columns.Length</c> columns, as ranges of <see cref="Chars"/>; returns how many columns the line has
    /// (counting at most <c>columns.Length</c>). Columns past the last requested one are ignored.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Split(ReadOnlySpan<char> line, int lineStart, Span<Range> columns)
    {
        int n = 0, at = 0;
        while (n < columns.Length)
        {
            int tab = line[at..].IndexOf('\t');
            int end = tab < 0 ? line.Length : at + tab;
            columns[n++] = new Range(lineStart + at, lineStart + end);
            if (tab < 0) break;
            at = end + 1;
        }
        return n;
    }

    /// <summary>
    /// The lines of a buffer as the old line reader saw them: ended by "\n", "\r" or "\r\n", empty ones skipped,
    /// numbered from 1 counting the empty ones.
    /// </summary>
    public struct RowReader
    {
        private readonly char[] _chars;
        private readonly int _end;
        private int _pos;

        public RowReader(char[] chars, int length)
        {
            _chars = chars;
            _end = length;
            _pos = 0;
            LineNumber = 0;
            Start = 0;
        }

        /// <summary>The 1-based number of the current line.</summary>
        public int LineNumber { get; private set; }

        /// <summary>Where the current line starts in the buffer.</summary>
        public int Start { get; private set; }

        /// <summary>Moves to the next non-empty line.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext(out ReadOnlySpan<char> line)
        {
            while (_pos < _end)
            {
                var rest = new ReadOnlySpan<char>(_chars, _pos, _end - _pos);
                int eol = rest.IndexOfAny('\n', '\r');
                int length = eol < 0 ? rest.Length : eol;
                int start = _pos;
                _pos += length;
                if (eol >= 0)
                {
                    _pos++;
                    if (rest[eol] == '\r' && _pos < _end && _chars[_pos] == '\n') _pos++;
                }
                LineNumber++;
                if (length == 0) continue;
                Start = start;
                line = rest[..length];
                return true;
            }
            line = default;
            return false;
        }
    }
}
