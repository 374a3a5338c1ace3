using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using DiplomacyNlp.Lexicons;
using System.Text;

namespace DiplomacyNlp.Tagging;

/// <summary>
/// The binary model format: a gzip stream holding a magic header ("DNLPTAG"), a format version, the feature kind
/// and template version, the tag set, the hash-table size, the transitions, the temperature, the sparse weight rows
/// (bucket deltas as varints, int16 weights with one global scale) and a trailing FNV-1a 64 checksum of everything
/// before it. Loading checks all of it and throws <see cref="ModelFormatException"/> naming the problem.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "DNLPTAG"u8.ToArray();

    /// <summary>The format version written by <see cref="Save(LinearChainModel, Stream)"/>.</summary>
    public const byte FormatVersion = 1;

    /// <summary>Writes <paramref name="model"/> to <paramref name="output"/>.</summary>
    public static void Save(LinearChainModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write((byte)model.Kind);
            w.Write(FeatureExtractor.TemplateVersion);
            w.Write(model.Tags.Count);
            foreach (var name in model.Tags.Names) w.Write(name);
            w.Write((byte)model.Bits);
            w.Write(model.Temperature);
            foreach (var v in model.Transitions) w.Write(v);
            foreach (var v in model.Start) w.Write(v);
            foreach (var v in model.End) w.Write(v);
            float max = 0;
            foreach (var v in model.EntryWeight) max = Math.Max(max, Math.Abs(v));
            float scale = max > 0 ? max / 32767f : 1f;
            w.Write(scale);
            w.Write(model.RowCount);
            w.Write(model.WeightCount);
            int lastBucket = -1;
            var rows = model.RowOfBucket;
            for (int b = 0; b < rows.Length; b++)
            {
                int r = rows[b];
                if (r < 0) continue;
                w.Write7BitEncodedInt(b - lastBucket);
                lastBucket = b;
                int s = model.RowStart[r], e = model.RowStart[r + 1];
                w.Write((byte)(e - s));
                for (int k = s; k < e; k++)
                {
                    w.Write(model.EntryTag[k]);
                    w.Write((short)Math.Clamp(Math.Round(model.EntryWeight[k] / scale), -32767, 32767));
                }
            }
        }
        var bytes = payload.ToArray();
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        gz.Write(bytes);
        gz.Write(BitConverter.GetBytes(Checksum(bytes)));
    }

    /// <summary>Saves to a file.</summary>
    public static void Save(LinearChainModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var f = File.Create(path);
        Save(model, f);
    }

    /// <summary>Loads a model file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ModelFormatException">The file is not a valid model.</exception>
    public static LinearChainModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Model file '{path}' does not exist.", path);
        using var f = File.OpenRead(path);
        return Load(f, path);
    }

    /// <summary>Loads a model from a stream; <paramref name="name"/> appears in error messages.</summary>
    /// <exception cref="ModelFormatException">The stream is not a valid model.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LinearChainModel Load(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] all;
        int length;
        try
        {
            (all, length) = GzipBuffer.ReadAll(input, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new ModelFormatException(name, "is not a DiplomacyNlp model (not gzip data)", ex);
        }
        if (length < Magic.Length + 16) throw new ModelFormatException(name, "is truncated");
        var body = all.AsSpan(0, length - 8);
        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(all.AsSpan(length - 8, 8));
        if (!body[..Magic.Length].SequenceEqual(Magic)) throw new ModelFormatException(name, "is not a DiplomacyNlp model (bad magic header)");
        if (Checksum(body) != stored) throw new ModelFormatException(name, "is corrupt (checksum mismatch)");
        try
        {
            var r = new SpanReader(body);
            r.Skip(Magic.Length);
            byte version = r.ReadByte();
            if (version != FormatVersion) throw new ModelFormatException(name, $"has format version {version}; this library reads version {FormatVersion}");
            var kind = (FeatureKind)r.ReadByte();
            if (kind is not (FeatureKind.PartOfSpeech or FeatureKind.Entities)) throw new ModelFormatException(name, $"has unknown feature kind {(int)kind}");
            int templates = r.ReadInt32();
            if (templates != FeatureExtractor.TemplateVersion) throw new ModelFormatException(name, $"was trained with feature templates v{templates}; this library computes v{FeatureExtractor.TemplateVersion} (retrain it)");
            int t = r.ReadInt32();
            if (t is < 1 or > 255) throw new ModelFormatException(name, $"has an invalid tag count {t}");
            var names = new string[t];
            for (int i = 0; i < t; i++) names[i] = r.ReadString();
            int bits = r.ReadByte();
            if (bits is < 16 or > 24) throw new ModelFormatException(name, $"has an invalid table size 2^{bits}");
            float temperature = r.ReadSingle();
            var trans = r.ReadSingles(t * t);
            var start = r.ReadSingles(t);
            var end = r.ReadSingles(t);
            float scale = r.ReadSingle();
            int rowCount = r.ReadInt32();
            int weightCount = r.ReadInt32();
            // Every row takes at least two bytes and every weight three: counts the data cannot hold are corrupt, not
            // a reason to allocate.
            if (rowCount < 0 || weightCount < 0 || (long)rowCount * 2 + (long)weightCount * 3 > r.Remaining)
            {
                throw new ModelFormatException(name, "is truncated");
            }
            var rowOf = new int[1 << bits];
            Array.Fill(rowOf, -1);
            var rowStart = new int[rowCount + 1];
            var tags = new byte[weightCount];
            var weights = new float[weightCount];
            int bucket = -1, k = 0;
            for (int row = 0; row < rowCount; row++)
            {
                bucket += r.Read7BitEncodedInt();
                if (bucket < 0 || bucket >= rowOf.Length) throw new ModelFormatException(name, "has a feature row outside its table");
                rowOf[bucket] = row;
                rowStart[row] = k;
                int entries = r.ReadByte();
                if (entries > weightCount - k) throw new ModelFormatException(name, "has an invalid weight entry");
                var data = r.ReadBytes(entries * 3);
                for (int e = 0; e < entries; e++)
                {
                    byte tag = data[e * 3];
                    if (tag >= t) throw new ModelFormatException(name, "has an invalid weight entry");
                    tags[k] = tag;
                    weights[k] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(e * 3 + 1, 2)) * scale;
                    k++;
                }
            }
            rowStart[rowCount] = k;
            if (k != weightCount) throw new ModelFormatException(name, $"declares {weightCount} weights but holds {k}");
            return new LinearChainModel(kind, new TagSet(names), bits, rowOf, rowStart, tags, weights, trans, start, end, temperature);
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelFormatException(name, "is truncated", ex);
        }
    }

    /// <summary>Reads the little-endian values <see cref="BinaryWriter"/> wrote, from a span.</summary>
    private ref struct SpanReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _pos;

        public SpanReader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _pos = 0;
        }

        public int Remaining => _data.Length - _pos;

        public ReadOnlySpan<byte> ReadBytes(int n)
        {
            if ((uint)n > (uint)Remaining) throw new EndOfStreamException();
            var s = _data.Slice(_pos, n);
            _pos += n;
            return s;
        }

        public void Skip(int n) => ReadBytes(n);

        public byte ReadByte() => ReadBytes(1)[0];

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));

        public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(ReadBytes(4));

        public float[] ReadSingles(int n)
        {
            var a = new float[n];
            for (int i = 0; i < n; i++) a[i] = ReadSingle();
            return a;
        }

        public int Read7BitEncodedInt()
        {
            uint result = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = ReadByte();
                if (shift == 28 && b > 0x0F) throw new EndOfStreamException("bad 7-bit encoded integer");
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)result;
            }
            throw new EndOfStreamException("bad 7-bit encoded integer");
        }

        public string ReadString()
        {
            int n = Read7BitEncodedInt();
            if (n < 0) throw new EndOfStreamException();
            return Encoding.UTF8.GetString(ReadBytes(n));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in data) h = (h ^ b) * 1099511628211UL;
        return h;
    }
}
