using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DiplomacyNlp.Tests.Cli;

/// <summary>The batch side of <c>diplomacy-nlp extract</c>: directories, JSONL inputs, --out, --jobs, --resume, progress and interruption.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ExtractBatchCliTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "diplomacy-nlp-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a slow process may still hold a file; the temp directory is cleaned by the OS
        }
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static List<JsonElement> ReadJsonLines(string path)
    {
        var lines = File.ReadAllText(path);
        Assert.That(lines, Does.EndWith("\n").Or.Empty, "the output must end with a whole line");
        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private void MakeTree()
    {
        Write("in/a.txt", "Foreign Minister Helen Marchetti of Canada met envoys in Oslo on Tuesday.");
        Write("in/sub/b.jsonl",
            "{\"id\":\"j1\",\"text\":\"Talks resumed in Nairobi.\",\"published\":\"2025-09-03\"}\n" +
            "{\"text\":\"A record without an id.\"}\n" +
            "this line is not json\n" +
            "{\"id\":\"bad-date\",\"text\":\"x\",\"published\":\"2025-02-30\"}\n" +
            "\n" +
            "{\"id\":42,\"text\":\"A numeric id.\"}\n");
        Write("in/sub/c.txt", "Gen. Okafor arrived in Accra.");
        Write("in/notes.md", "not an input");
        File.WriteAllBytes(Path.Combine(_dir, "in", "z-bad.txt"), [0x41, 0xC3, 0x28, 0x42]);
    }

    [Test]
    public void DirectoryIsWalkedAndBadDocumentsAreReportedWithoutStoppingTheRun()
    {
        MakeTree();
        var run = CliProcess.Run(_dir, null, "extract", "in", "--out", "out.jsonl", "--jobs", "2", "--published", "2025-01-15");
        var results = ReadJsonLines(Path.Combine(_dir, "out.jsonl"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "documents failed, so the exit code is non-zero");
            Assert.That(results.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "a.txt", "j1", "sub/b.jsonl:2", "42", "sub/c.txt" }));
            Assert.That(results[1].GetProperty("published").GetString(), Is.EqualTo("2025-09-03"), "a record's own date wins");
            Assert.That(results[0].GetProperty("published").GetString(), Is.EqualTo("2025-01-15"), "--published fills in the rest");
            var errors = run.ErrorLines.Where(l => !l.Contains("done:")).ToArray();
            Assert.That(errors, Has.Length.EqualTo(3), run.StdErr);
            Assert.That(errors, Has.Some.Contains("sub/b.jsonl:3").And.Some.Contains("sub/b.jsonl:4").And.Some.Contains("z-bad.txt"));
            Assert.That(errors.All(l => l.StartsWith("diplomacy-nlp: ", StringComparison.Ordinal)), Is.True, "one-line messages, no stack traces");
            Assert.That(run.StdErr, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void OutputDoesNotDependOnTheNumberOfJobs()
    {
        for (int i = 0; i < 60; i++) Write($"many/doc{i:D3}.txt", $"Ambassador Lena Ost{i} met the Foreign Minister of Peru on day {i}. Talks went on.");
        var one = CliProcess.Run(_dir, null, "extract", "many", "--jobs", "1", "--tokens");
        var two = CliProcess.Run(_dir, null, "extract", "many", "--jobs", "2", "--tokens");
        Assert.That(one.ExitCode, Is.Zero, one.StdErr);
        Assert.That(two.StdOut, Is.EqualTo(one.StdOut));
        Assert.That(one.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(60));
    }

    [Test]
    public void StdinToStdoutJsonLinesIsAMapStep()
    {
        var input = "{\"id\":\"s1\",\"text\":\"Talks in Lima.\"}\n{\"id\":\"s2\",\"text\":\"Envoys left Hanoi.\"}\n";
        var run = CliProcess.Run(_dir, input, "extract", "--jsonl", "--progress", "none");
        Assert.That(run.ExitCode, Is.Zero, run.StdErr);
        var ids = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(run.StdErr, Is.Empty);
    }

    [Test]
    public void ResumeDropsAPartialLineAndSkipsWrittenDocuments()
    {
        MakeTree();
        var first = CliProcess.Run(_dir, null, "extract", "in", "--out", "out.jsonl");
        Assert.That(first.ExitCode, Is.EqualTo(1));
        var outPath = Path.Combine(_dir, "out.jsonl");
        var complete = File.ReadAllText(outPath);
        // Simulate a run killed in the middle of a line, after losing the last two documents.
        var kept = complete.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllText(outPath, string.Join("\n", kept.Take(3)) + "\n" + kept[3][..(kept[3].Length / 2)], new UTF8Encoding(false));

        var resumed = CliProcess.Run(_dir, null, "extract", "in", "--out", "out.jsonl", "--resume");
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(outPath), Is.EqualTo(complete), "resuming gives exactly the uninterrupted output");
            Assert.That(resumed.StdErr, Does.Contain("partial last line"));
            Assert.That(resumed.StdErr, Does.Contain("3 skipped"));
        });

        var again = CliProcess.Run(_dir, null, "extract", "in", "--out", "out.jsonl", "--resume");
        Assert.That(File.ReadAllText(outPath), Is.EqualTo(complete), "a finished output gains nothing");
        Assert.That(again.StdErr, Does.Contain("5 skipped"));
    }

    [TestCase("TERM")]
    [TestCase("KILL")]
    public void InterruptedRunLeavesWholeLinesAndResumeCompletesIt(string signal)
    {
        var sb = new StringBuilder();
        string body = string.Concat(Enumerable.Repeat("Foreign Minister Helen Marchetti of Canada met Sen. Okafor in Washington, D.C., on Friday. ", 12));
        for (int i = 0; i < 600; i++) sb.Append("{\"id\":\"d").Append(i).Append("\",\"text\":\"").Append(body).Append("\"}\n");
        Write("big.jsonl", sb.ToString());
        var outPath = Path.Combine(_dir, "out.jsonl");

        using (var process = Process.Start(CliProcess.StartInfo(_dir, "extract", "big.jsonl", "--out", "out.jsonl", "--jobs", "2"))!)
        {
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while ((!File.Exists(outPath) || new FileInfo(outPath).Length < 4_000) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(10);
            Assert.That(process.HasExited, Is.False, "the run finished before it could be interrupted; make the input larger");
            using (var kill = Process.Start("kill", $"-{signal} {process.Id}")) kill.WaitForExit();
            Assert.That(process.WaitForExit(30_000), Is.True);
            if (signal == "TERM")
            {
                Assert.That(process.ExitCode, Is.EqualTo(130), stderr.GetAwaiter().GetResult());
                Assert.That(File.ReadAllText(outPath), Does.EndWith("\n"), "a graceful stop leaves only whole lines");
            }
        }
        long before = File.ReadAllLines(outPath).Length;
        var resumed = CliProcess.Run(_dir, null, "extract", "big.jsonl", "--out", "out.jsonl", "--resume");
        Assert.That(resumed.ExitCode, Is.Zero, resumed.StdErr);
        var ids = ReadJsonLines(outPath).Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.GreaterThan(0).And.LessThan(600));
            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 600).Select(i => $"d{i}")), "every document exactly once, in input order");
        });
    }

    [Test]
    public void OutputFileInsideTheWalkedDirectoryIsNotReadAsInput()
    {
        Write("a.txt", "Talks resumed in Oslo on Monday.");
        var first = CliProcess.Run(_dir, null, "extract", ".", "--out", "results.jsonl");
        var second = CliProcess.Run(_dir, null, "extract", ".", "--out", "results.jsonl");
        Assert.That(first.ExitCode, Is.Zero, first.StdErr);
        Assert.That(second.ExitCode, Is.Zero, second.StdErr);
        Assert.That(ReadJsonLines(Path.Combine(_dir, "results.jsonl")).Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void PlainProgressReportsDocumentsAndTokens()
    {
        Write("in/a.txt", "Talks resumed in Oslo on Monday.");
        var run = CliProcess.Run(_dir, null, "extract", "in", "--out", "out.jsonl", "--progress", "plain");
        Assert.That(run.ExitCode, Is.Zero, run.StdErr);
        Assert.That(run.StdErr, Does.Match(@"done: 1 documents \([\d.,]+/s\), \d+ tokens \([\d,]+/s\), 0 failed"));
    }

    [TestCase("--resume", "needs --out")]
    [TestCase("--jobs 0", "--jobs 0")]
    [TestCase("--progress loud", "--progress 'loud'")]
    [TestCase("--out x.json --resume --format json", "--format jsonl only")]
    public void BadOptionsGiveOneLineAndExitCodeTwo(string options, string expected)
    {
        var args = new List<string> { "extract" };
        args.AddRange(options.Split(' '));
        var run = CliProcess.Run(_dir, "text", args.ToArray());
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.StdErr, Does.Contain(expected));
    }
}
