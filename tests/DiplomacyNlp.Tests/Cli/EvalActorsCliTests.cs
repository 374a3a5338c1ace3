using System.Text.Json;

namespace DiplomacyNlp.Tests.Cli;

/// <summary><c>diplomacy-nlp eval-actors</c> on a small Multi-CoPED-style file written here (invented sentences).</summary>
public sealed class EvalActorsCliTests
{
    private const string Jsonl =
        "{\"id\": \"s1\", \"text\": \"Canadian Foreign Minister Helen Marchetti met Peruvian officials in Lima.\", \"pentaclass_name\": \"verbal cooperation (03-05)\", \"source_spans\": [\"Canadian Foreign Minister Helen Marchetti\"], \"target_spans\": [\"Peruvian officials\"], \"reciprocal_spans\": []}\n" +
        "{\"id\": \"s2\", \"text\": \"The Chilean envoy spoke to reporters in Valparaiso on Monday.\", \"pentaclass_name\": \"neutral (CAMEO 01-02: statements, appeals)\", \"source_spans\": [\"The Chilean envoy\"], \"target_spans\": [\"reporters\", \"journalists\"], \"reciprocal_spans\": []}\n" +
        "{\"id\": \"s3\", \"text\": \"The Andean Border Service (ABS) detained two smugglers near Cusco.\", \"pentaclass_name\": null, \"source_spans\": [\"The Andean Border Service ( ABS )\"], \"target_spans\": [\"two smugglers\"], \"reciprocal_spans\": []}\n";

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "diplomacy-nlp-eval-actors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "small.jsonl"), Jsonl);
        File.WriteAllText(Path.Combine(_dir, "bad.jsonl"), Jsonl + "{\"text\": \"unfinished\n");
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
        }
    }

    [Test]
    public void JsonCountsTheGoldSpansAndGivesEveryScoreADefinition()
    {
        var run = CliProcess.Run(_dir, null, "eval-actors", "--multicoped", "small.jsonl", "--json", "--errors", "2");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("sentences").GetInt32(), Is.EqualTo(3));
            var gold = root.GetProperty("gold");
            Assert.That(gold.GetProperty("listed").GetInt32(), Is.EqualTo(7));
            Assert.That(gold.GetProperty("located").GetInt32(), Is.EqualTo(6));
            Assert.That(gold.GetProperty("locatedIgnoringSpaces").GetInt32(), Is.EqualTo(1));
            Assert.That(gold.GetProperty("notFound").GetInt32(), Is.EqualTo(1), "'journalists' is not in its sentence");
            var names = new List<string>();
            foreach (var row in root.GetProperty("scores").EnumerateArray())
            {
                names.Add(row.GetProperty("name").GetString()!);
                Assert.That(row.GetProperty("definition").GetString(), Is.Not.Empty);
                Assert.That(row.GetProperty("count").GetInt32(), Is.LessThanOrEqualTo(row.GetProperty("of").GetInt32()));
                Assert.That(row.GetProperty("share").GetDouble(), Is.InRange(0.0, 1.0));
            }
            Assert.That(names, Does.Contain("actor recall").And.Contain("actor precision (lower bound)").And.Contain("titled: role found"));
            var recall = root.GetProperty("scores")[0];
            Assert.That(recall.GetProperty("of").GetInt32(), Is.EqualTo(6));
            Assert.That(root.GetProperty("scores").EnumerateArray().First(r => r.GetProperty("name").GetString() == "titled: role found").GetProperty("of").GetInt32(),
                Is.EqualTo(2), "'Foreign Minister' and 'envoy' are lexicon titles");
        });
    }

    [Test]
    public void TheTablePrintsDefinitionsAndErrorExamples()
    {
        var run = CliProcess.Run(_dir, null, "eval-actors", "--multicoped", "small.jsonl", "--errors", "5");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StdErr);
        Assert.That(run.StdOut, Does.Contain("actor recall").And.Contain("definitions:").And.Contain("lower bound"));
        Assert.That(run.StdOut, Does.Contain("== Missed (").And.Contain("gold: \"two smugglers\""), "no actor covers 'two smugglers'");
    }

    [Test]
    public void AMissingFileIsAOneLineError()
    {
        var run = CliProcess.Run(_dir, null, "eval-actors", "--multicoped", "absent.jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.StdErr, Does.Contain("absent.jsonl").And.Not.Contain("   at "));
    }

    [Test]
    public void AnInvalidLineIsAOneLineErrorNamingTheLine()
    {
        var run = CliProcess.Run(_dir, null, "eval-actors", "--multicoped", "bad.jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.StdErr, Does.Contain("line 4").And.Not.Contain("   at "));
    }

    [Test]
    public void ANegativeErrorCountIsRejected()
    {
        var run = CliProcess.Run(_dir, null, "eval-actors", "--multicoped", "small.jsonl", "--errors", "-1");
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.StdErr, Does.Contain("--errors").And.Not.Contain("   at "));
    }
}
