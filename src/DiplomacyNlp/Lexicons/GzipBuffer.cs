using System.Buffers.Binary;
using System.IO.Compression;

namespace DiplomacyNlp.Lexicons;

/// <summary>Decompresses a whole gzip stream into one buffer (for the embedded lexicons and models).</summary>
internal static class GzipBuffer
{
    /// <summary>
    /// Reads and decompresses <paramref name="stream"/> to its end; the result is <c>Bytes[0..Length]</c>. When the stream
    /// can seek, the buffer is sized from the gzip trailer (the uncompressed size modulo 2^32), taken as a hint only.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not gzip.</exception>
    public static (byte[] Bytes, int Length) ReadAll(Stream stream, bool leaveOpen)
    {
        int guess = 1 << 16;
        if (stream.CanSeek)
        {
            long at = stream.Position;
            long size = stream.Length - at;
            if (size >= 18 && size < int.MaxValue / 8)
            {
                stream.Seek(-4, SeekOrigin.End);
                Span<byte> tail = stackalloc byte[4];
                stream.ReadExactly(tail);
                stream.Position = at;
                long hint = BinaryPrimitives.ReadUInt32LittleEndian(tail);
                // One byte more than expected, so that the read that finds the end does not have to grow the buffer.
                guess = (int)Math.Clamp(hint + 1, 16, Math.Min(size * 64 + 1024, 1L << 28));
            }
        }
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen);
        var buffer = new byte[guess];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length >= Array.MaxLength / 2) throw new InvalidDataException("the decompressed data is too large");
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            int n = gz.Read(buffer, length, buffer.Length - length);
            if (n == 0) break;
            length += n;
        }
        return (buffer, length);
    }
}
