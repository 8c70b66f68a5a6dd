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

    /// <summary>The first few non-2xx bodies and exception messages, to say what went wrong.</summary>
    public List<string> Samples { get; } = [];

    /// <summary>Notes an answered request.</summary>
    public void Answered(int status, long micros)
    {
        LatenciesMicros.Add(micros);
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }

    /// <summary>Notes a request that failed without an answer.</summary>
    public void Failed(Exception error, long micros)
    {
        LatenciesMicros.Add(micros);
        string name = error.GetType().Name;
        Exceptions[name] = Exceptions.GetValueOrDefault(name) + 1;
        Sample($"{name}: {error.Message}");
    }

    /// <summary>Keeps a short note of a failure, up to a few.</summary>
    public void Sample(string note)
    {
        if (Samples.Count < 3) Samples.Add(note);
    }
}
