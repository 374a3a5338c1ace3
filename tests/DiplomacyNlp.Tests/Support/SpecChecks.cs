using System.Reflection;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Support;

/// <summary>
/// Checkers for spec expectation keys. Each checker is a static method <c>void M(AnalysisResult result, string value)</c>
/// marked with <see cref="SpecKeyAttribute"/>; features add theirs in partial files (SpecChecks.Entities.cs, …).
/// </summary>
internal static partial class SpecChecks
{
    private static readonly Dictionary<string, MethodInfo> Checkers = typeof(SpecChecks)
        .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .SelectMany(m => m.GetCustomAttributes<SpecKeyAttribute>().Select(a => (a.Key, m)))
        .ToDictionary(p => p.Key, p => p.m, StringComparer.OrdinalIgnoreCase);

    public static void Check(AnalysisResult result, string key, string value)
    {
        if (!Checkers.TryGetValue(key, out var method)) Assert.Fail($"Unknown spec expectation key '{key}'. Known: {string.Join(", ", Checkers.Keys.Order())}");
        try
        {
            method!.Invoke(null, [result, value]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }

    /// <summary>Splits "a | b | c" into trimmed parts.</summary>
    public static string[] Parts(string value, char separator = '|') =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
