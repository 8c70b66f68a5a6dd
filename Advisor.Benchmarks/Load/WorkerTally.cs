namespace Advisor.Benchmarks.Load;

/// <summary>What one worker saw: every latency, every status code, every exception. Owned by that worker alone, so no locks.</summary>
public sealed class WorkerTally
{
    /// <summary>Latency of every completed exchange, in microseconds (whatever its status).</summary>
    public List<long> LatenciesMicros { get; } = new(capacity: 16_384);

    /// <summary>Responses per HTTP status code.</summary>
    public Dictionary<int, long> Statuses { get; } = [];

    /// <summary>Requests that ended in an exception, per exception type.</summary>
    public Dictionary<string, long> Exceptions { get; } = [];

    /// <summary>Requests that took over <see cref="SlowMicros"/>: when each started (µs into the run) and how long it took.</summary>
    public List<(long StartMicros, long Micros)> Slow { get; } = [];

    /// <summary>Where a request counts as slow: a quarter of a second.</summary>
    public const long SlowMicros = 250_000;

    /// <summary>The first few non-2xx bodies and exception messages, to say what went wrong.</summary>
    public List<string> Samples { get; } = [];

    /// <summary>Notes an answered request that started <paramref name="startMicros"/> into the run.</summary>
    public void Answered(int status, long startMicros, long micros)
    {
        Latency(startMicros, micros);
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }

    /// <summary>Notes a request that failed without an answer, started <paramref name="startMicros"/> into the run.</summary>
    public void Failed(Exception error, long startMicros, long micros)
    {
        Latency(startMicros, micros);
        string name = error.GetType().Name;
        Exceptions[name] = Exceptions.GetValueOrDefault(name) + 1;
        Sample($"{name}: {error.Message}");
    }

    private void Latency(long startMicros, long micros)
    {
        LatenciesMicros.Add(micros);
        if (micros > SlowMicros && Slow.Count < 1000) Slow.Add((startMicros, micros));
    }

    /// <summary>Keeps a short note of a failure, up to a few.</summary>
    public void Sample(string note)
    {
        if (Samples.Count < 3) Samples.Add(note);
    }
}
