using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DiplomacyNlp.Tests.Robustness;

/// <summary>
/// Small timing helpers for the size tests. The machine is shared (other builds run beside the tests), so the
/// work is timed by the CPU time of the calling thread where the OS gives it (Linux), which does not grow while the
/// thread waits for a core, and the best of a few runs counts.
/// </summary>
internal static class Timing
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>True when <see cref="BestOf"/> measures thread CPU time rather than wall-clock time.</summary>
    public static bool UsesThreadCpuTime { get; } = OperatingSystem.IsLinux() && ThreadCpuMilliseconds() >= 0;

    private static double ThreadCpuMilliseconds()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : -1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }
    }

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
            if (UsesThreadCpuTime)
            {
                double start = ThreadCpuMilliseconds();
                action();
                best = Math.Min(best, ThreadCpuMilliseconds() - start);
            }
            else
            {
                var sw = Stopwatch.StartNew();
                action();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
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
