using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>
/// Runs a headless Chromium found on PATH (<c>chromium</c> or <c>chromium-browser</c>) on a local HTML file: a
/// screenshot and the DOM after the page's scripts ran. Each run gets a new, empty profile directory, and every
/// network-facing feature that can be switched off is.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly Lazy<string?> ExecutableLazy = new(Find);

    public static string? Executable => ExecutableLazy.Value;

    /// <summary>Ignores the calling test (with a message saying how to make it run) when Chromium is not installed.</summary>
    public static string Require()
    {
        if (Executable is null)
        {
            Assert.Ignore("Chromium is not on PATH (looked for 'chromium' and 'chromium-browser'); this browser test needs it. " +
                          "Install it with `apt-get install -y chromium` (.ci/run does so) to run it.");
        }
        return Executable!;
    }

    public static byte[] Screenshot(string htmlPath, int width, int height)
    {
        var dir = NewTempDir();
        try
        {
            var png = Path.Combine(dir, "shot.png");
            Run(htmlPath, dir, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars");
            Assert.That(File.Exists(png), Is.True, "Chromium wrote no screenshot");
            return File.ReadAllBytes(png);
        }
        finally
        {
            TryDelete(dir);
        }
    }

    public static string DumpDom(string htmlPath)
    {
        var dir = NewTempDir();
        try
        {
            return Run(htmlPath, dir, "--dump-dom");
        }
        finally
        {
            TryDelete(dir);
        }
    }

    /// <summary>Width and height from a PNG's header; fails when the bytes are not a PNG.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.That(png.Length, Is.GreaterThan(24), "too short for a PNG");
        Assert.That(png.AsSpan(0, 8).SequenceEqual(signature), Is.True, "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "diplomacynlp-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void TryDelete(string? dir)
    {
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Run(string htmlPath, string workDir, params string[] extra)
    {
        var info = new ProcessStartInfo(Require())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = workDir,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                     $"--user-data-dir={Path.Combine(workDir, "profile")}",
                 })
        {
            info.ArgumentList.Add(a);
        }
        foreach (var a in extra) info.ArgumentList.Add(a);
        info.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 90 s");
        }
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"Chromium failed: {stderr.GetAwaiter().GetResult()}");
        return stdout.GetAwaiter().GetResult();
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
