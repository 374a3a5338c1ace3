using System.Text.Json;

namespace DiplomacyNlp.Tests.Cli;

/// <summary><c>diplomacy-nlp eval</c> on a small CoNLL file written here (invented sentences).</summary>
public sealed class EvalCliTests
{
    private const string Conll =
        "Minister\tNNP\tO\nHelen\tNNP\tB-per\nMarchetti\tNNP\tI-per\narrived\tVBD\tO\nin\tIN\tO\nLima\tNNP\tB-geo\non\tIN\tO\nMonday\tNNP\tB-tim\n.\t.\tO\n\n" +
        "The\tDT\tO\nUnited\tNNP\tB-org\nNations\tNNP\tI-org\nsent\tVBD\tO\naid\tNN\tO\nto\tTO\tO\nQuito\tNNP\tB-geo\n.\t.\tO\n";

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "diplomacy-nlp-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "small.conll"), Conll);
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

    [TestCase("viterbi")]
    [TestCase("greedy")]
    public void JsonScoresNameTheDecoderAndCarryACalibrationTable(string decoder)
    {
        var run = CliProcess.Run(_dir, null, "eval", "--conll", "small.conll", "--decoder", decoder, "--calibration", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("decoder").GetString(), Is.EqualTo(decoder));
            Assert.That(root.GetProperty("sentences").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("micro").GetProperty("gold").GetInt32(), Is.EqualTo(5));
            int binned = 0;
            foreach (var bin in root.GetProperty("calibration").EnumerateArray())
            {
                binned += bin.GetProperty("entities").GetInt32();
                Assert.That(bin.GetProperty("accuracy").GetDouble(), Is.InRange(0.0, 1.0));
            }
            Assert.That(binned, Is.EqualTo(root.GetProperty("micro").GetProperty("predicted").GetInt32()), "every predicted entity falls in one bin");
        });
    }

    [Test]
    public void AnUnknownDecoderIsAOneLineError()
    {
        var run = CliProcess.Run(_dir, null, "eval", "--conll", "small.conll", "--decoder", "beam");
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.StdErr, Does.Contain("beam").And.Not.Contain("   at "));
    }
}
