namespace Advisor.Benchmarks.Load;

/// <summary>
/// POST /api/routines/{id}/outcomes: validate, check the routine is the caller's, store once. One
/// person per worker, logging against their own routines in turn, each request with its own
/// Idempotency-Key so every one is a new write, not a replay.
/// </summary>
public sealed class LoggedOutcomes(ExampleAssessments examples, int routinesPerPerson) : ILoadScenario
{
    // A run tag keeps keys unique when the same store is loaded twice.
    private readonly string _run = Guid.NewGuid().ToString("n")[..8];
    private Person[] _people = [];

    /// <inheritdoc />
    public async Task PrepareAsync(HttpClient client, int workers, CancellationToken cancel)
    {
        _people = await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            string token = await ApiCalls.CreatePersonAsync(client, cancel);
            var routines = new List<(string Path, byte[] Outcome)>();
            for (int r = 0; routines.Count < routinesPerPerson && r < routinesPerPerson * examples.All.Count; r++)
            {
                var example = examples.All[(worker + r) % examples.All.Count];
                (string routineId, string[] exercises) = await ApiCalls.CreateRoutineAsync(client, token, example.Body, cancel);
                // The referral has no items to log; every other example makes a routine to log against.
                if (exercises.Length == 0) continue;
                routines.Add(($"/api/routines/{routineId}/outcomes", OutcomeDocuments.For(example.Document, exercises, worker + r)));
            }

            if (routines.Count == 0) throw new InvalidOperationException("setup: no example made a routine with items to log");
            return new Person(token, routines.ToArray());
        }));
    }

    /// <inheritdoc />
    public HttpRequestMessage Request(int worker, long n)
    {
        Person person = _people[worker];
        (string path, byte[] outcome) = person.Routines[(int)(n % person.Routines.Length)];
        HttpRequestMessage request = ApiCalls.Post(path, outcome, person.Token);
        request.Headers.Add("Idempotency-Key", $"{_run}-{worker}-{n}");
        return request;
    }

    /// <inheritdoc />
    public string Describe() =>
        $"{_people.Length} people (one token per connection), each logging against {routinesPerPerson} of their own routines, a new Idempotency-Key per request";

    private sealed record Person(string Token, (string Path, byte[] Outcome)[] Routines);
}
