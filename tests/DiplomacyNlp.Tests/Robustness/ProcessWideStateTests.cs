using System.Reflection;
using System.Runtime.CompilerServices;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>
/// The library keeps no process-wide mutable state (so that many pipelines, many threads and many processes of a
/// scaled-out job never interfere): every static field is readonly or a constant. Caches of immutable values behind
/// readonly fields (a <see cref="Lazy{T}"/> default pipeline, lookup tables) are fine, and so are
/// <see cref="ThreadStaticAttribute"/> scratch buffers, which no two threads share.
/// </summary>
[TestFixture]
public sealed class ProcessWideStateTests
{
    [Test]
    public void EveryStaticFieldIsReadonly()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(DiplomacyPipeline).Assembly.GetTypes())
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.StartsWith('<')) continue; // lambda caches
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsInitOnly) continue;
                if (field.IsDefined(typeof(ThreadStaticAttribute))) continue; // per-thread scratch, never shared between threads
                offenders.Add($"{type.FullName}.{field.Name}");
            }
        }
        Assert.That(offenders, Is.Empty, "static fields that are not readonly: state shared by every pipeline in the process");
    }
}
