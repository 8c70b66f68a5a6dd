namespace Advisor.Benchmarks.Load;

/// <summary>
/// POST /api/routines with a token: the token is looked up, the person's history read and fed to the
/// engine, and the routine stored. One person per worker, each with a few logged outcomes, so the
/// feedback loop runs as it does for someone who tracks their progress.
/// </summary>
public sealed class PersonalRoutines(ExampleAssessments examples, int historyOutcomes) : ILoadScenario
{
    private string[] _tokens = [];

    /// <inheritdoc />
    public async Task PrepareAsync(HttpClient client, int workers, CancellationToken cancel)
    {
        _tokens = await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            string token = await ApiCalls.CreatePersonAsync(client, cancel);
            if (historyOutcomes == 0) return token;
            var example = examples.All[worker % examples.All.Count];
            (string routineId, string[] exercises) = await ApiCalls.CreateRoutineAsync(client, token, example.Body, cancel);
            for (int i = 0; i < historyOutcomes; i++)
                await ApiCalls.LogOutcomeAsync(client, token, routineId, OutcomeDocuments.For(example.Document, exercises, worker + i), cancel);
            return token;
        }));
    }

    /// <inheritdoc />
    public HttpRequestMessage Request(int worker, long n) => ApiCalls.Post("/api/routines", examples.Body(worker + n), _tokens[worker]);

    /// <inheritdoc />
    public string Describe() =>
        $"{_tokens.Length} people (one token per connection), each with {historyOutcomes} logged outcomes, cycling through {examples.All.Count} example assessments";
}
