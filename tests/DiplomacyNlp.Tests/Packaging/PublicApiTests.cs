using System.Reflection;
using System.Runtime.CompilerServices;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Packaging;

/// <summary>
/// Conventions a .NET developer expects of the public surface, checked by reflection over the library assembly:
/// classes are sealed unless made for inheritance, asynchronous methods take a CancellationToken, Try* methods
/// return bool, and no public field is mutable. (XML docs on every public member are enforced by the compiler.)
/// </summary>
public sealed class PublicApiTests
{
    /// <summary>Public classes meant to be derived from, each with the reason.</summary>
    private static readonly Dictionary<string, string> OpenByDesign = new(StringComparer.Ordinal)
    {
        ["DiplomacyNlp.Events.Event"] = "base of the typed events (CallEvent, MeetingEvent, …) and of user-defined types",
    };

    /// <summary>
    /// Known departures, listed so that new ones fail: each is a suggestion to the owner of that code.
    /// </summary>
    private static readonly HashSet<string> KnownDepartures = new(StringComparer.Ordinal)
    {
        // returns the match or null; a .NET reader expects Try* to return bool: rename to MatchAt (events room)
        "DiplomacyNlp.Events.Patterns.TokenPattern.TryMatchAt(EventDocument, Int32, Int32, Int32)",
    };

    private static readonly Type[] PublicTypes = typeof(DiplomacyPipeline).Assembly.GetExportedTypes();

    [Test]
    public void ClassesAreSealedUnlessMadeForInheritance()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !OpenByDesign.ContainsKey(t.FullName!))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(open, Is.Empty, "public classes that are neither sealed, static nor listed as open by design");
    }

    [Test]
    public void AsynchronousMethodsTakeACancellationToken()
    {
        var missing = PublicMethods()
            .Where(m => IsAsync(m.ReturnType) && !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(Describe)
            .ToList();
        Assert.That(missing, Is.Empty, "public methods returning Task, ValueTask or IAsyncEnumerable without a CancellationToken");
    }

    [Test]
    public void AsyncSuffixMeansAwaitable()
    {
        var wrong = PublicMethods().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !IsAsync(m.ReturnType)).Select(Describe).ToList();
        Assert.That(wrong, Is.Empty, "methods named *Async must return Task, ValueTask or IAsyncEnumerable");
    }

    [Test]
    public void TryMethodsReturnBool()
    {
        var wrong = PublicMethods()
            .Where(m => m.Name.StartsWith("Try", StringComparison.Ordinal) && m.Name.Length > 3 && char.IsUpper(m.Name[3]) && m.ReturnType != typeof(bool))
            .Select(Describe)
            .Where(d => !KnownDepartures.Contains(d))
            .ToList();
        Assert.That(wrong, Is.Empty, "Try* methods return bool (with the value in an out parameter)");
    }

    [Test]
    public void NoPublicFieldIsMutable()
    {
        var mutable = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();
        Assert.That(mutable, Is.Empty, "public fields that are not const or readonly");
    }

    private static IEnumerable<MethodInfo> PublicMethods() => PublicTypes
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    private static bool IsAsync(Type t) =>
        t == typeof(Task) || t == typeof(ValueTask) ||
        (t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(Task<>) || g == typeof(ValueTask<>) || g == typeof(IAsyncEnumerable<>)));

    private static string Describe(MethodInfo m) => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";
}
