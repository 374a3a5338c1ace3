using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Tests.Support;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: both projects are packed from a copy of the sources (so the working tree's
/// build output is never touched) with a unique prerelease version into a temporary feed; the tool is installed from
/// that feed into a temporary tool manifest and run; a tiny console app that references the library package is built
/// and run. Every install uses a temporary NuGet cache, so no cached package can stand in for the fresh build.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private const string SampleText = "Canadian Foreign Minister Helen Marchetti spoke by phone on Tuesday with Brazilian Foreign Minister Tiago Moreira. " +
                                      "The two ministers agreed to meet in Brasília next month.";
    private static readonly DateOnly Published = new(2025, 3, 4);

    private string _root = null!;
    private string _feed = null!;
    private string _version = null!;
    private Dictionary<string, string> _isolated = null!;

    [OneTimeSetUp]
    public void PackIntoATemporaryFeed()
    {
        _root = Path.Combine(Path.GetTempPath(), "diplomacynlp-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        _isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        var source = Path.Combine(_root, "source");
        CopySources(SharedData.RepoRoot, source);

        // The documented command (dotnet pack DiplomacyNlp.sln -c Release), on a solution of just the two packable
        // projects; Directory.Build.props sends the packages to nuget/ of the copy, which is the feed.
        File.WriteAllText(Path.Combine(source, "packages.slnx"), """
            <Solution>
              <Project Path="src/DiplomacyNlp/DiplomacyNlp.csproj" />
              <Project Path="src/DiplomacyNlp.Cli/DiplomacyNlp.Cli.csproj" />
            </Solution>
            """);
        var prefix = XDocument.Load(Path.Combine(source, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        var suffix = "pkgtest-" + Guid.NewGuid().ToString("N")[..12];
        _version = prefix + "-" + suffix;
        _feed = Path.Combine(source, "nuget");
        DotnetCommand.Run(source, new Dictionary<string, string>(), Limit, "pack", "packages.slnx", "-c", "Release", "--version-suffix", suffix);
    }

    [OneTimeTearDown]
    public void RemoveTheTemporaryFolder()
    {
        if (_root is null) return;
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Test]
    public void PackagesCarryMetadataDocsSymbolsAndBothFrameworks()
    {
        var lib = Path.Combine(_feed, $"DiplomacyNlp.{_version}.nupkg");
        var tool = Path.Combine(_feed, $"DiplomacyNlp.Cli.{_version}.nupkg");
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(_feed, $"DiplomacyNlp.{_version}.snupkg")), Is.True, "library symbols");
            Assert.That(File.Exists(Path.Combine(_feed, $"DiplomacyNlp.Cli.{_version}.snupkg")), Is.True, "tool symbols");
            var libEntries = Entries(lib);
            foreach (var tfm in new[] { "net8.0", "net10.0" })
            {
                Assert.That(libEntries, Does.Contain($"lib/{tfm}/DiplomacyNlp.dll"));
                Assert.That(libEntries, Does.Contain($"lib/{tfm}/DiplomacyNlp.xml"), "XML documentation");
            }
            Assert.That(libEntries, Does.Contain("README.md").And.Contain("THIRD-PARTY-NOTICES.md"));
            var nuspec = Nuspec(lib);
            Assert.That(Element(nuspec, "version"), Is.EqualTo(_version));
            Assert.That(Element(nuspec, "license"), Is.EqualTo("MIT"));
            Assert.That(Element(nuspec, "readme"), Is.EqualTo("README.md"));
            Assert.That(nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, Does.StartWith("https://"));
            Assert.That(Element(nuspec, "description"), Is.Not.Empty);

            var toolEntries = Entries(tool);
            Assert.That(toolEntries, Does.Contain("tools/net10.0/any/diplomacy-nlp.dll").And.Contain("tools/net10.0/any/DiplomacyNlp.dll").And.Contain("README.md").And.Contain("THIRD-PARTY-NOTICES.md"));
            using var zip = ZipFile.OpenRead(tool);
            using var settings = zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
            var command = XDocument.Load(settings).Descendants("Command").Single();
            Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("diplomacy-nlp"));
            Assert.That(Nuspec(tool).Descendants().Any(e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool"), Is.True);
        });
    }

    [Test]
    public void TheToolInstallsFromTheFeedAndExtracts()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_root, "tool")).FullName;
        File.WriteAllText(Path.Combine(dir, "sample.txt"), SampleText);
        DotnetCommand.Run(dir, _isolated, Limit, "new", "tool-manifest");
        DotnetCommand.Run(dir, _isolated, Limit, "tool", "install", "--add-source", _feed, "DiplomacyNlp.Cli", "--version", _version);
        var json = DotnetCommand.Run(dir, _isolated, Limit, "tool", "run", "diplomacy-nlp", "extract", "sample.txt", "--published", "2025-03-04", "--progress", "none");
        var html = DotnetCommand.Run(dir, _isolated, Limit, "tool", "run", "diplomacy-nlp", "extract", "sample.txt", "--format", "html", "--progress", "none");

        var expected = ResultJsonWriter.ToJson(DiplomacyText.Analyze(SampleText, new DocumentInfo { Id = "sample.txt", Published = Published }));
        using var doc = JsonDocument.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That(doc.RootElement.GetProperty("id").GetString(), Is.EqualTo("sample.txt"));
            Assert.That(doc.RootElement.GetProperty("entities").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(json.TrimEnd('\n'), Is.EqualTo(expected), "the installed tool gives exactly what the library under test gives");
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("Helen Marchetti"));
            Assert.That(Directory.Exists(Path.Combine(_root, "packages", "diplomacynlp.cli", _version)), Is.True, "installed from the temporary feed into the temporary cache");
        });
    }

    [Test]
    public void AConsoleAppReferencingTheLibraryPackageBuildsAndRuns()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DiplomacyNlp" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-feed" value="{_feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using DiplomacyNlp.Pipeline;
            using DiplomacyNlp.Rendering;
            using DiplomacyNlp.Serialization;
            using DiplomacyNlp.Text;

            var nlp = DiplomacyPipeline.CreateBuilder().UseDefaultEnglish().Build();
            var result = nlp.Process(File.ReadAllText(args[0]), new DocumentInfo { Id = "consumer", Published = new DateOnly(2025, 3, 4) });
            Console.WriteLine(ResultJsonWriter.ToJson(result));
            Console.WriteLine($"people={result.People.Count} events={result.Events.Count}");
            Console.WriteLine(result.ToHtml().StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) ? "html ok" : "html missing");
            """);
        File.WriteAllText(Path.Combine(dir, "sample.txt"), SampleText);

        var output = DotnetCommand.Run(dir, _isolated, Limit, "run", "-c", "Release", "--", "sample.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = DiplomacyText.Analyze(SampleText, new DocumentInfo { Id = "consumer", Published = Published });
        var metadata = Path.Combine(_root, "packages", "diplomacynlp", _version, ".nupkg.metadata");
        Assert.Multiple(() =>
        {
            Assert.That(output, Has.Length.EqualTo(3), string.Join('\n', output));
            Assert.That(output[0], Is.EqualTo(ResultJsonWriter.ToJson(expected)));
            Assert.That(output[1], Is.EqualTo($"people={expected.People.Count} events={expected.Events.Count}"));
            Assert.That(output[2], Is.EqualTo("html ok"));
            Assert.That(File.Exists(metadata), Is.True, "the library package was restored into the temporary cache");
            using var meta = JsonDocument.Parse(File.ReadAllText(metadata));
            Assert.That(Path.GetFullPath(meta.RootElement.GetProperty("source").GetString()!), Is.EqualTo(Path.GetFullPath(_feed)), "restored from the temporary feed");
        });
    }

    /// <summary>Copies what packing needs (root props, licence, the two projects without bin/obj) so the working tree's output is left alone.</summary>
    private static void CopySources(string repo, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "LICENSE", "THIRD-PARTY-NOTICES.md", ".editorconfig", "global.json", "nuget.config", "NuGet.config" })
        {
            var from = Path.Combine(repo, file);
            if (File.Exists(from)) File.Copy(from, Path.Combine(target, file));
        }
        foreach (var project in new[] { "src/DiplomacyNlp", "src/DiplomacyNlp.Cli" }) CopyTree(Path.Combine(repo, project), Path.Combine(target, project));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj") continue;
            CopyTree(dir, Path.Combine(to, name));
        }
    }

    private static List<string> Entries(string nupkg)
    {
        Assert.That(File.Exists(nupkg), Is.True, $"{nupkg} was not produced");
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private static XDocument Nuspec(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string Element(XDocument doc, string name) => doc.Descendants().First(e => e.Name.LocalName == name).Value;
}
