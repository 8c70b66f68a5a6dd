namespace Advisor.Benchmarks.Load;

/// <summary>POST /api/routines without a token: the engine's work and nothing stored.</summary>
public sealed class AnonymousRoutines(ExampleAssessments examples) : ILoadScenario
{
    private int _workers;

    /// <inheritdoc />
    public Task PrepareAsync(HttpClient client, int workers, CancellationToken cancel)
    {
        _workers = workers;
        return Task.CompletedTask;
    }

    // Workers start at different examples, so at any moment the host is making a mix of routines.
    /// <inheritdoc />
    public HttpRequestMessage Request(int worker, long n) => ApiCalls.Post("/api/routines", examples.Body(worker + n), null);

    /// <inheritdoc />
    public string Describe() => $"{_workers} anonymous callers cycling through {examples.All.Count} example assessments";
}
