namespace DiplomacyNlp.Tests.Support;

/// <summary>Locates ../shared (beside the repository). Tests that need it skip with a clear message when it is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> RootLazy = new(Find);

    public static string? Root => RootLazy.Value;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DiplomacyNlp.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (DiplomacyNlp.sln) above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The path of a file under ../shared; ignores the test (Assert.Ignore) when ../shared is absent.</summary>
    public static string Require(string relative)
    {
        if (Root is null) Assert.Ignore("../shared is not beside the repository (a user's fresh clone); this test needs it and runs in CI.");
        var path = Path.Combine(Root!, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) Assert.Ignore($"{path} is missing from ../shared.");
        return path;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("DIPLOMACYNLP_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
