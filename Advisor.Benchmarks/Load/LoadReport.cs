using System.Globalization;

namespace Advisor.Benchmarks.Load;

/// <summary>Prints a run's figures: readable lines, then one tab-separated summary line a script can pick up.</summary>
public static class LoadReport
{
    /// <summary>Writes the report for <paramref name="options"/>' run to standard output.</summary>
    public static void Print(LoadOptions options, string setup, LoadResult result, HostFigures figures)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"scenario     {options.Scenario}: {setup}"));
        Console.WriteLine(string.Create(c, $"load         {options.Connections} connections, {result.Elapsed.TotalSeconds:F1} s measured after {options.WarmupSeconds} s warm-up, {options.Url}"));
        Console.WriteLine(string.Create(c, $"requests     {result.Requests:N0}  ({result.RequestsPerSecond:F0} per second)"));
        Console.WriteLine(string.Create(c,
            $"latency ms   p50 {result.PercentileMs(0.50):F2}  p90 {result.PercentileMs(0.90):F2}  p99 {result.PercentileMs(0.99):F2}  p99.9 {result.PercentileMs(0.999):F2}  max {result.MaxMs:F2}"));
        Console.WriteLine("statuses     " + string.Join("  ", result.Statuses.OrderBy(s => s.Key).Select(s => string.Create(c, $"{s.Key}: {s.Value:N0}"))));
        if (result.Exceptions.Count > 0)
            Console.WriteLine("exceptions   " + string.Join("  ", result.Exceptions.Select(e => string.Create(c, $"{e.Key}: {e.Value:N0}"))));
        Console.WriteLine(string.Create(c, $"errors       {result.Errors:N0}"));
        foreach (string sample in result.Samples) Console.WriteLine("  e.g. " + (sample.Length > 300 ? sample[..300] + "…" : sample));
        if (result.Slow.Count > 0) Console.WriteLine(SlowLine(result.Slow));
        if (figures.HostPeakMiB is { } peak)
            Console.WriteLine(string.Create(c, $"host memory  peak {peak:F0} MiB since it started (VmHWM); highest during this run {figures.RunPeakRssMiB:F0} MiB (VmRSS)"));
        Console.WriteLine(string.Create(c,
            $"cpu cores    host {Cores(figures.HostCores)}, database server {Cores(figures.StoreCores)}, generator {figures.GeneratorCores:F2}, anything else {figures.OtherCores:F2}; whole machine {figures.MachineCores:F2} of {figures.Cores}"));
        Console.WriteLine(string.Join('\t',
            "SUMMARY", options.Scenario, Fixed(result.RequestsPerSecond, 0), Fixed(result.PercentileMs(0.50), 2), Fixed(result.PercentileMs(0.90), 2),
            Fixed(result.PercentileMs(0.99), 2), Fixed(result.MaxMs, 2), result.Errors.ToString(c), Fixed(figures.HostPeakMiB, 0), Fixed(figures.RunPeakRssMiB, 0),
            Fixed(figures.HostCores, 2), Fixed(figures.StoreCores, 2), Fixed(figures.GeneratorCores, 2), Fixed(figures.OtherCores, 2), Fixed(figures.MachineCores, 2),
            Fixed(result.PercentileMs(0.999), 2)));
    }

    // Slow requests that started within a second of each other are one stall: a pause of the whole
    // host (or of this generator) looks like a few stalls holding many requests each, a slow
    // request of its own like many stalls of one.
    private static string SlowLine(IReadOnlyList<(long StartMicros, long Micros)> slow)
    {
        var stalls = new List<(long Start, int Requests, long LongestMicros)>();
        foreach ((long start, long micros) in slow)
        {
            if (stalls.Count > 0 && start - stalls[^1].Start < 1_000_000)
                stalls[^1] = (stalls[^1].Start, stalls[^1].Requests + 1, Math.Max(stalls[^1].LongestMicros, micros));
            else stalls.Add((start, 1, micros));
        }

        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"over 250 ms  {slow.Count:N0} requests in {stalls.Count} second(s) of the run: ")
            + string.Join(", ", stalls.OrderByDescending(s => s.LongestMicros).Take(5)
                .Select(s => string.Create(c, $"{s.Requests} starting at {s.Start / 1e6:F1} s (longest {s.LongestMicros / 1e3:F0} ms)")));
    }

    private static string Cores(double? cores) => cores is { } value ? value.ToString("F2", CultureInfo.InvariantCulture) : "?";

    private static string Fixed(double? value, int digits) => value is { } v ? v.ToString("F" + digits, CultureInfo.InvariantCulture) : "-";
}
