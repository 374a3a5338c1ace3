using System.Diagnostics;
using System.Text;

namespace DiplomacyNlp.Tests.Packaging;

/// <summary>Runs the <c>dotnet</c> CLI as a child process with a chosen environment and a time limit, failing the test with its output when it fails.</summary>
internal static class DotnetCommand
{
    /// <summary>Variables the test host may carry that would point a child build at the host's MSBuild state.</summary>
    private static readonly string[] Inherited = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "DOTNET_HOST_PATH"];

    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var name in Inherited) info.Environment.Remove(name);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // leave no MSBuild node processes behind
        foreach (var (k, v) in environment) info.Environment[k] = v;

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'dotnet {string.Join(' ', args)}' did not finish within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        string output = stdout.GetAwaiter().GetResult(), errors = stderr.GetAwaiter().GetResult();
        TestContext.Progress.WriteLine($"dotnet {string.Join(' ', args)}: exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:0.0} s");
        if (process.ExitCode != 0)
        {
            Assert.Fail($"'dotnet {string.Join(' ', args)}' in {workingDirectory} exited with {process.ExitCode}:\n{Tail(output)}\n{Tail(errors)}");
        }
        return output;
    }

    private static string Tail(string s) => s.Length <= 4000 ? s : "…" + s[^4000..];
}
