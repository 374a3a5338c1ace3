using System.Diagnostics;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>Small timing helpers for the size and cancellation tests (the machine is shared, so take the best of a few runs).</summary>
internal static class Timing
{
    /// <summary>The shortest of <paramref name="runs"/> timings of <paramref name="action"/>, in milliseconds.</summary>
    public static double BestOf(int runs, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            // Start every run from a compacted heap with free memory handed back to the OS: then every run, small or
            // large, pays for the pages it touches. (Otherwise the GC keeps the memory of small runs for reuse but returns
            // that of very large ones, and the large runs alone pay for page faults, which skews the size ratio.)
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    /// <summary>Bytes allocated on this thread while <paramref name="action"/> runs.</summary>
    public static long AllocatedBy(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
