using System.Diagnostics;
using System.Text.Json;
using DiplomacyNlp.Tests.Support;

namespace DiplomacyNlp.Tests.Packaging;

/// <summary>
/// Packs both packages with a unique version into a temporary feed, installs the tool from it into a temporary tool
/// manifest and runs it on a sample, then builds and runs a tiny consumer app that references the library package.
/// The unique version keeps a cached package from masking a stale build.
/// </summary>
[TestFixture]
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageTests
{
    private static (int Exit, string Output) Run(string workingDirectory, string arguments, int timeoutSeconds = 300)
    {
        var psi = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"'dotnet {arguments}' did not finish in {timeoutSeconds} s");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    [Test]
    public void PackedToolAndLibraryWorkFromALocalFeed()
    {
        var repo = SharedData.RepoRoot;
        var version = "0.1.0-t" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var work = Directory.CreateTempSubdirectory("diplomacynlp-pack-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            foreach (var project in new[] { "src/DiplomacyNlp/DiplomacyNlp.csproj", "src/DiplomacyNlp.Cli/DiplomacyNlp.Cli.csproj" })
            {
                var (exit, output) = Run(repo, $"pack {project} -c Release -o \"{feed}\" -p:Version={version}");
                Assert.That(exit, Is.Zero, output);
            }
            Assert.That(File.Exists(Path.Combine(feed, $"DiplomacyNlp.{version}.nupkg")), Is.True);
            Assert.That(File.Exists(Path.Combine(feed, $"DiplomacyNlp.{version}.snupkg")), Is.True);

            // the tool, from a temporary tool manifest
            var toolDir = Directory.CreateDirectory(Path.Combine(work, "tool")).FullName;
            Assert.That(Run(toolDir, "new tool-manifest").Exit, Is.Zero);
            var install = Run(toolDir, $"tool install --add-source \"{feed}\" DiplomacyNlp.Cli --version {version}");
            Assert.That(install.Exit, Is.Zero, install.Output);
            var sample = Path.Combine(repo, "samples", "articles", "sample-call.txt");
            var extract = Run(toolDir, $"tool run diplomacy-nlp extract \"{sample}\" --progress none");
            Assert.That(extract.Exit, Is.Zero, extract.Output);
            var line = extract.Output.Split('\n').First(l => l.StartsWith('{'));
            using (var json = JsonDocument.Parse(line))
            {
                Assert.That(json.RootElement.GetProperty("entities").GetArrayLength(), Is.GreaterThan(0));
                Assert.That(json.RootElement.GetProperty("people").GetArrayLength(), Is.GreaterThan(0));
            }

            // a consumer app that references the library package
            var app = Directory.CreateDirectory(Path.Combine(work, "consumer")).FullName;
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><NoWarn>NU1603</NoWarn></PropertyGroup>
                  <ItemGroup><PackageReference Include="DiplomacyNlp" Version="{version}" /></ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using DiplomacyNlp.Pipeline;
                var result = DiplomacyText.Analyze("Canadian Foreign Minister Helen Marchetti met Brazilian Foreign Minister Tiago Moreira in Lima.");
                Console.WriteLine($"people={result.People.Count} events={result.Events.Count}");
                """);
            var runApp = Run(app, "run -c Release");
            Assert.That(runApp.Exit, Is.Zero, runApp.Output);
            Assert.That(runApp.Output, Does.Contain("people=2"));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
