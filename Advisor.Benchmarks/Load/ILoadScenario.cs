namespace Advisor.Benchmarks.Load;

/// <summary>One kind of traffic: an untimed setup, then the request each worker sends next.</summary>
public interface ILoadScenario
{
    /// <summary>Creates what the timed requests need (people, routines); not measured.</summary>
    Task PrepareAsync(HttpClient client, int workers, CancellationToken cancel);

    /// <summary>The <paramref name="n"/>-th request of <paramref name="worker"/>. Called from that worker only.</summary>
    HttpRequestMessage Request(int worker, long n);

    /// <summary>What the setup made, for the report.</summary>
    string Describe();
}
