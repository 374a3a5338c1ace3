namespace DiplomacyNlp.Time;

/// <summary>How precise a normalized time value is.</summary>
public enum TimeGranularity
{
    /// <summary>Not resolved to a calendar value.</summary>
    Unresolved,
    /// <summary>A year ("2025").</summary>
    Year,
    /// <summary>A month ("2025-09").</summary>
    Month,
    /// <summary>A week (value is the week's Monday).</summary>
    Week,
    /// <summary>A day ("2025-09-03").</summary>
    Day,
}
