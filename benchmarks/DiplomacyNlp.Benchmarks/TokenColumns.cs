using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DiplomacyNlp.Benchmarks;

/// <summary>A summary column computed from the token count of what one operation processes.</summary>
public abstract class TokenColumn : IColumn
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public abstract string Legend { get; }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var attribute = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<OperationTokensAttribute>();
        var report = summary[benchmarkCase];
        if (attribute is null || report is null) return "-";
        double? value = Compute(report, benchmarkCase, attribute.Tokens);
        return value is null ? "-" : value.Value.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The value for one benchmark case, or null when it cannot be computed.</summary>
    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long tokens);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Tokens per second: the operation's token count divided by its mean time.</summary>
public sealed class TokensPerSecondColumn : TokenColumn
{
    /// <inheritdoc />
    public override string Id => "TokensPerSecond";

    /// <inheritdoc />
    public override string ColumnName => "Tokens/s";

    /// <inheritdoc />
    public override string Legend => "Tokens processed per second (token count of one operation / mean time)";

    /// <inheritdoc />
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long tokens)
    {
        var stats = report.ResultStatistics;
        if (stats is null || stats.Mean <= 0) return null;
        return tokens / (stats.Mean / 1e9);
    }
}

/// <summary>Bytes allocated per token: the operation's allocated bytes divided by its token count.</summary>
public sealed class BytesPerTokenColumn : TokenColumn
{
    /// <inheritdoc />
    public override string Id => "BytesPerToken";

    /// <inheritdoc />
    public override string ColumnName => "B/token";

    /// <inheritdoc />
    public override string Legend => "Managed bytes allocated per token (allocated per operation / token count)";

    /// <inheritdoc />
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long tokens)
    {
        // A cold-start job runs one operation per process: the memory diagnoser has nothing to divide.
        if (benchmarkCase.Job.Run.RunStrategy == BenchmarkDotNet.Engines.RunStrategy.ColdStart) return null;
        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (bytes is null || tokens == 0) return null;
        return (double)bytes.Value / tokens;
    }
}
