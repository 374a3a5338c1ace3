using System.Text;
using System.Text.Json;

namespace DiplomacyNlp.Cli;

/// <summary>
/// Prepares an existing JSONL output file for <c>--resume</c>: drops a trailing partial line left by an interrupted
/// run (the writer only ever appends whole lines, so only the last one can be cut), then collects the ids already
/// written so that those documents are skipped.
/// </summary>
internal static class ResumeLog
{
    /// <summary>The ids in <paramref name="path"/> (empty when the file does not exist) and how many bytes of a partial last line were dropped.</summary>
    public static (HashSet<string> Ids, long DroppedBytes) Prepare(string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return (ids, 0);
        long dropped = TruncatePartialLastLine(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, false));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (ReadId(line) is { } id) ids.Add(id);
        }
        return (ids, dropped);
    }

    /// <summary>Cuts the file after its last newline; returns the number of bytes removed.</summary>
    private static long TruncatePartialLastLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        long length = stream.Length;
        if (length == 0) return 0;
        var buffer = new byte[64 * 1024];
        long end = length;
        while (end > 0)
        {
            int size = (int)Math.Min(buffer.Length, end);
            long start = end - size;
            stream.Position = start;
            stream.ReadExactly(buffer, 0, size);
            int newline = Array.LastIndexOf(buffer, (byte)'\n', size - 1, size);
            if (newline >= 0)
            {
                long keep = start + newline + 1;
                if (keep < length) stream.SetLength(keep);
                return length - keep;
            }
            end = start;
        }
        stream.SetLength(0); // no complete line at all
        return length;
    }

    /// <summary>The top-level <c>id</c> of a result line (the writer puts it first), or null.</summary>
    private static string? ReadId(string line)
    {
        int take = Math.Min(line.Length, 8192);
        var bytes = Encoding.UTF8.GetBytes(line.AsSpan(0, take).ToString());
        var reader = new Utf8JsonReader(bytes, isFinalBlock: take == line.Length, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return null;
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                bool isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read()) return null;
                if (isId) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (!reader.TrySkip()) return null;
            }
        }
        catch (JsonException)
        {
            // a damaged line: its document is processed again
        }
        return null;
    }
}
