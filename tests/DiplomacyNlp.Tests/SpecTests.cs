using System.Globalization;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests;

/// <summary>Runs every example of every spec file under Specs/ as its own test case.</summary>
[TestFixture]
public sealed class SpecTests
{
    private static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<TestCaseData> Examples() =>
        SpecFileReader.ReadAll(SpecDirectory).Select(e => new TestCaseData(e).SetName(Sanitize(e.ToString())));

    [TestCaseSource(nameof(Examples))]
    public void Example(object example)
    {
        var e = (SpecExample)example;
        // Examples marked requires=people need person/organization/country clusters (coreference, role linking); they
        // are skipped until the people stage is part of the default pipeline.
        if (e.Settings.TryGetValue("requires", out var requires) && requires.Contains("people", StringComparison.OrdinalIgnoreCase)
            && (DiplomacyText.DefaultPipeline.Layers & AnalysisLayers.People) == 0)
        {
            Assert.Ignore("needs the people stage (person/organization/country clusters), not yet in the default pipeline");
        }
        DateOnly? published = e.Settings.TryGetValue("published", out var p) ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var result = DiplomacyText.Analyze(e.Input, new DocumentInfo { Id = e.ToString(), Published = published });
        Assert.Multiple(() =>
        {
            foreach (var (key, value) in e.Expectations) SpecChecks.Check(result, key, value);
        });
    }

    private static string Sanitize(string name) => name.Replace('.', '_').Replace('(', '[').Replace(')', ']');
}
