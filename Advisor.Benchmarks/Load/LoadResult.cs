namespace Advisor.Benchmarks.Load;

/// <summary>
/// The workers' tallies merged. Every latency is kept and sorted, so the percentiles are exact
/// rather than bucketed: a 30-second run is at most a few hundred thousand numbers.
/// </summary>
public sealed class LoadResult
{
    private readonly long[] _sorted;

    /// <summary>Merges the tallies of one measured phase that took <paramref name="elapsed"/>.</summary>
    public LoadResult(IReadOnlyList<WorkerTally> tallies, TimeSpan elapsed)
    {
        _sorted = tallies.SelectMany(t => t.LatenciesMicros).ToArray();
        Array.Sort(_sorted);
        Elapsed = elapsed;
        Statuses = tallies.SelectMany(t => t.Statuses).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        Exceptions = tallies.SelectMany(t => t.Exceptions).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        Samples = tallies.SelectMany(t => t.Samples).Take(5).ToArray();
        Slow = tallies.SelectMany(t => t.Slow).OrderBy(s => s.StartMicros).ToArray();
    }

    /// <summary>Wall time of the measured phase.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Responses per status code.</summary>
    public IReadOnlyDictionary<int, long> Statuses { get; }

    /// <summary>Requests that got no answer, per exception type.</summary>
    public IReadOnlyDictionary<string, long> Exceptions { get; }

    /// <summary>A few of the failures, verbatim.</summary>
    public IReadOnlyList<string> Samples { get; }

    /// <summary>Requests over a quarter of a second, in the order they started (at most 1,000 per worker).</summary>
    public IReadOnlyList<(long StartMicros, long Micros)> Slow { get; }

    /// <summary>Every request sent and finished, answered or not.</summary>
    public long Requests => _sorted.Length;

    /// <summary>Non-2xx answers plus requests that ended in an exception.</summary>
    public long Errors => Statuses.Where(s => s.Key is < 200 or > 299).Sum(s => s.Value) + Exceptions.Values.Sum();

    /// <summary>Requests finished per second of the measured phase (errors included; there should be none).</summary>
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>The latency at or below which <paramref name="share"/> of requests finished, in milliseconds (nearest rank).</summary>
    public double PercentileMs(double share)
    {
        if (_sorted.Length == 0) return double.NaN;
        int rank = (int)Math.Ceiling(share * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)] / 1000.0;
    }

    /// <summary>The slowest request, in milliseconds.</summary>
    public double MaxMs => _sorted.Length == 0 ? double.NaN : _sorted[^1] / 1000.0;
}
