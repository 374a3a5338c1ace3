namespace DiplomacyNlp.Benchmarks;

/// <summary>What one invocation of a benchmark method processes, so that the columns can turn time into tokens per second.</summary>
public enum OperationScope
{
    /// <summary>The whole benchmark corpus.</summary>
    WholeCorpus,
    /// <summary>The first document of the corpus.</summary>
    FirstDocument,
}

/// <summary>Marks a benchmark method with what one invocation processes.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OperationTokensAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public OperationTokensAttribute(OperationScope scope) => Scope = scope;

    /// <summary>What one invocation processes.</summary>
    public OperationScope Scope { get; }

    /// <summary>The number of tokens in that scope.</summary>
    public long Tokens => Scope == OperationScope.WholeCorpus ? BenchmarkCorpus.TokenCount : BenchmarkCorpus.FirstDocumentTokenCount;
}
