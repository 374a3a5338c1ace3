using System.IO.Compression;
using System.Text;
using DiplomacyNlp.Lexicons;

namespace DiplomacyNlp.Tests.Lexicons;

/// <summary>
/// The big lexicons parse their files as spans straight into their tables; these tests rebuild each table the plain
/// way (rows split into strings, a dictionary built from key-value pairs) and check that every key of the file, and
/// its all-capitals and all-lowercase forms, give the same answers from both.
/// </summary>
public sealed class LexiconLoadingTests
{
    private static readonly LexiconSource Source = LexiconSource.Embedded;

    private static IEnumerable<string> Probes(IEnumerable<string> keys)
    {
        foreach (var k in keys)
        {
            yield return k;
            yield return k.ToUpperInvariant();
            yield return k.ToLowerInvariant();
        }
        yield return "";
        yield return "Nowhere-That-Exists";
    }

    [Test]
    public void PlacesMatchThePlainReading()
    {
        var rows = Source.ReadRows("places.tsv.gz", 3);
        var pairs = new List<KeyValuePair<string, PlaceInfo>>();
        foreach (var r in rows.Where(r => r[2] == "R")) pairs.Add(new(r[0], new PlaceInfo(r[0], r[1], PlaceKind.Region)));
        foreach (var r in rows.Where(r => r[2] != "R")) pairs.Add(new(r[0], new PlaceInfo(r[0], r[1], PlaceKind.City)));
        var expected = new SpanDictionary<PlaceInfo>(pairs, ignoreCase: false);
        var places = LexiconSet.Default.Places;
        Assert.That(places.Count, Is.EqualTo(expected.Count));
        int mismatches = 0;
        string? first = null;
        foreach (var probe in Probes(rows.Select(r => r[0])))
        {
            bool e = expected.TryGetValue(probe, out var ep);
            bool a = places.TryGet(probe, out var ap);
            if (e != a || (e && ep != ap))
            {
                mismatches++;
                first ??= probe;
            }
        }
        Assert.That(mismatches, Is.Zero, $"first mismatch: '{first}'");
    }

    [Test]
    public void NamesMatchThePlainReading()
    {
        var names = LexiconSet.Default.Names;
        foreach (var (file, lookup) in new (string, Func<string, int>)[]
                 {
                     ("givennames.tsv.gz", n => names.GivenNameFrequency(n)),
                     ("surnames.tsv.gz", n => names.SurnameFrequency(n)),
                 })
        {
            var rows = Source.ReadRows(file, 2);
            var expected = new SpanDictionary<int>(rows.Select(r => new KeyValuePair<string, int>(r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))), ignoreCase: true);
            int mismatches = 0;
            string? first = null;
            foreach (var probe in Probes(rows.Select(r => r[0])))
            {
                int e = probe.Length is 0 or > 64 ? 0 : expected.TryGetValue(probe, out int f) ? f : 0;
                if (e == 0 && probe.Length is > 0 and <= 64 && DiacriticFolding.NeedsFolding(probe))
                {
                    var buf = new char[probe.Length];
                    int n = DiacriticFolding.Fold(probe, buf);
                    e = expected.TryGetValue(buf.AsSpan(0, n), out f) ? f : 0;
                }
                if (lookup(probe) != e)
                {
                    mismatches++;
                    first ??= probe;
                }
            }
            Assert.That(mismatches, Is.Zero, $"{file}: first mismatch: '{first}'");
        }
    }

    [Test]
    public void WordsMatchThePlainReading()
    {
        var rows = Source.ReadRows("words.tsv.gz", 1);
        var exact = new SpanDictionary<byte>(rows.Select(r => new KeyValuePair<string, byte>(r[0], 1)), ignoreCase: true);
        var lower = new SpanDictionary<byte>(rows.Where(r => r[0].Length > 0 && char.IsLower(r[0][0])).Select(r => new KeyValuePair<string, byte>(r[0], 1)), ignoreCase: true);
        var words = LexiconSet.Default.Words;
        int mismatches = 0;
        string? first = null;
        foreach (var probe in Probes(rows.Select(r => r[0])))
        {
            if (words.IsKnownWord(probe) != exact.ContainsKey(probe) || words.IsCommonLowercaseWord(probe) != lower.ContainsKey(probe))
            {
                mismatches++;
                first ??= probe;
            }
        }
        Assert.That(mismatches, Is.Zero, $"first mismatch: '{first}'");
    }

    [Test]
    public void PlaceLookupsReturnOneInstancePerName()
    {
        var places = LexiconSet.Default.Places;
        Assert.That(places.TryGet("Tijuana", out var a) && places.TryGet("Tijuana".AsSpan(), out var b) && ReferenceEquals(a, b), Is.True);
    }

    [Test]
    public void LinesEndInAnyNewlineAndEmptyLinesCount()
    {
        // "\r\n", "\r" and "\n" all end lines; the empty third line still counts for the line number of the bad row.
        var source = Gzip("Ann\t5\r\nBob\t7\r\rCy\n\nDee");
        var set = new LexiconSet(new LexiconSource(_ => new MemoryStream(source)));
        var ex = Assert.Throws<LexiconLoadException>(() => _ = set.Names);
        Assert.That(ex!.Message, Does.Contain("line 4").And.Contain("givennames.tsv.gz"));

        var good = Gzip("\uFEFFAnn\t5\r\nBob\t7\r\rCy\t9\n\n");
        var names = new LexiconSet(new LexiconSource(_ => new MemoryStream(good))).Names;
        Assert.Multiple(() =>
        {
            Assert.That(names.GivenNameFrequency("ann"), Is.EqualTo(5));
            Assert.That(names.GivenNameFrequency("BOB"), Is.EqualTo(7));
            Assert.That(names.SurnameFrequency("Cy"), Is.EqualTo(9));
        });
    }

    [Test]
    public void BadCountsAndBadUtf8AreCorrupt()
    {
        var badCount = Gzip("Ann\tmany\n");
        var ex = Assert.Throws<LexiconLoadException>(() => _ = new LexiconSet(new LexiconSource(_ => new MemoryStream(badCount))).Names);
        Assert.That(ex!.Message, Does.Contain("'many' is not a count"));

        var badUtf8 = GzipBytes([(byte)'A', 0xFF, (byte)'\t', (byte)'1']);
        ex = Assert.Throws<LexiconLoadException>(() => _ = new LexiconSet(new LexiconSource(_ => new MemoryStream(badUtf8))).Places);
        Assert.That(ex!.Message, Does.Contain("places.tsv.gz").And.Contain("corrupt"));

        var empty = Gzip("\n\n");
        ex = Assert.Throws<LexiconLoadException>(() => _ = new LexiconSet(new LexiconSource(_ => new MemoryStream(empty))).Words);
        Assert.That(ex!.Message, Does.Contain("words.tsv.gz").And.Contain("empty"));
    }

    [Test]
    public void LargeFilesDecompressWhenTheStreamCannotSeek()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) text.Append("Word").Append(i).Append('\n');
        var bytes = Gzip(text.ToString());
        var words = new LexiconSet(new LexiconSource(_ => new NonSeekable(new MemoryStream(bytes)))).Words;
        Assert.That(words.IsKnownWord("word49999") && !words.IsCommonLowercaseWord("Word1"), Is.True);
    }

    private static byte[] Gzip(string text) => GzipBytes(Encoding.UTF8.GetBytes(text));

    private static byte[] GzipBytes(byte[] data)
    {
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return buffer.ToArray();
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
