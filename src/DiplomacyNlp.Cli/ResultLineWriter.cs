using System.Buffers;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;

namespace DiplomacyNlp.Cli;

/// <summary>
/// Writes results as JSON lines (or one JSON array) to a stream. Each document is serialized in memory first and
/// written with a single write followed by a flush, so the output only ever grows by whole lines and an interrupted
/// run leaves at most one partial last line (which <c>--resume</c> drops).
/// </summary>
internal sealed class ResultLineWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _array;
    private readonly JsonOutputOptions _options;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly StreamWriter? _htmlText;
    private readonly DiplomacyNlp.Rendering.HtmlPageWriter? _html;
    private bool _first = true;

    public ResultLineWriter(Stream stream, bool array, JsonOutputOptions options, bool html = false)
    {
        _stream = stream;
        _array = array && !html;
        _options = options;
        if (_array) _stream.Write("["u8);
        if (html)
        {
            // one page for the whole run, a section per document (ids stay unique across sections)
            _htmlText = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            _html = DiplomacyNlp.Rendering.HtmlRenderer.Default.CreatePageWriter(_htmlText, leaveOpen: true);
        }
    }

    public long Written { get; private set; }

    public void Write(AnalysisResult result)
    {
        _buffer.ResetWrittenCount();
        if (_html is not null)
        {
            _html.Write(result);
            _htmlText!.Flush();
            _first = false;
            Written++;
            return;
        }
        if (_array && !_first) _buffer.Write(","u8);
        ResultJsonWriter.Write(result, _buffer, _options);
        if (!_array) _buffer.Write("\n"u8);
        _stream.Write(_buffer.WrittenSpan);
        _stream.Flush();
        _first = false;
        Written++;
        if (_buffer.Capacity > 4 * 1024 * 1024) _buffer.Clear(); // do not keep one huge document's buffer alive
    }

    public void Dispose()
    {
        if (_array) _stream.Write("]\n"u8);
        _html?.Dispose();
        _htmlText?.Dispose();
        _stream.Flush();
        _stream.Dispose();
    }
}
