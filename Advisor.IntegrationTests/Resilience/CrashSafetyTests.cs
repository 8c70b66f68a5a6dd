using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.UnitTests.Guidance;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// The host killed outright (SIGKILL) while several clients stream outcomes at it: whatever it
/// acknowledged survives exactly once, nothing is half-written, and retries with the same
/// Idempotency-Key replay instead of storing twice. The store is whatever <see cref="CreateStoreAsync"/>
/// gives, so each database engine has a subclass.
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 3;
    private const int RoutinesEach = 2;
    private const int Clients = 6;

    // Kill once this many outcomes were acknowledged; each client stops after MaxAttemptsEach anyway.
    private const int AnsweredBeforeKill = 120;
    private const int MaxAttemptsEach = 400;

    private readonly List<HostProcess> _hosts = [];
    private StoreUnderTest? _store;

    /// <summary>
    /// The store the host runs on: a new, empty one for each test. A subclass per database engine
    /// overrides this (SQLite here; PostgreSQL with a database from its server fixture).
    /// </summary>
    protected abstract Task<StoreUnderTest> CreateStoreAsync();

    /// <inheritdoc />
    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (HostProcess host in _hosts) await host.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
    }

    [Fact]
    public async Task Acknowledged_outcomes_survive_a_kill_exactly_once_and_retries_replay_them()
    {
        StoreUnderTest store = _store!;
        var clock = Stopwatch.StartNew();
        HostProcess host = await StartAsync(store);
        Assert.Equal(store.Kind, (await Api.ExpectAsync(await host.Client.GetAsync("readyz"), HttpStatusCode.OK, "GET /readyz"))
            .GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("kind").GetString());

        var routines = new List<(Person Person, string RoutineId)>();
        for (int p = 0; p < People; p++)
        {
            Person person = await Api.CreatePersonAsync(host.Client);
            for (int r = 0; r < RoutinesEach; r++) routines.Add((person, await Api.CreateRoutineAsync(host.Client, person)));
        }

        output.WriteLine($"host up with {routines.Count} routines after {clock.ElapsedMilliseconds} ms");

        // Stream outcomes from several clients at once, and kill the host while they are at it.
        var attempts = new ConcurrentQueue<Attempt>();
        int answered = 0;
        using var enough = new CancellationTokenSource();
        Task[] clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (int i = 0; i < MaxAttemptsEach; i++)
            {
                (Person person, string routineId) = routines[(c + i) % routines.Count];
                var attempt = new Attempt(Guid.NewGuid().ToString("n"), person, routineId, OutcomeBody(c, i));
                attempts.Enqueue(attempt);
                try
                {
                    using HttpRequestMessage request = Api.LogOutcome(person, routineId, attempt.Body, attempt.Key);
                    using HttpResponseMessage response = await host.Client.SendAsync(request);
                    attempt.Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
                    if (attempt.Acknowledged && Interlocked.Increment(ref answered) >= AnsweredBeforeKill) enough.Cancel();
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                {
                    attempt.Fail(e.Message);
                    return; // the host is gone
                }
            }
        })).ToArray();

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), enough.Token);
        }
        catch (TaskCanceledException)
        {
            // Enough answers: kill the host while the clients are still sending.
        }

        host.Kill();
        await Task.WhenAll(clients).WaitAsync(TimeSpan.FromSeconds(30));
        Attempt[] all = attempts.ToArray();
        Attempt[] acknowledged = all.Where(a => a.Acknowledged).ToArray();
        Attempt[] unanswered = all.Where(a => a.Status is null).ToArray();
        output.WriteLine($"killed after {acknowledged.Length} acknowledged and {unanswered.Length} unanswered outcomes, {clock.ElapsedMilliseconds} ms");

        Assert.True(acknowledged.Length >= AnsweredBeforeKill, $"only {acknowledged.Length} outcomes were acknowledged before the kill");
        Assert.True(unanswered.Length > 0, "every client had finished before the kill: the kill was not mid-stream");
        Attempt[] refused = all.Where(a => a.Status is not null && !a.Acknowledged).ToArray();
        Assert.True(refused.Length == 0,
            $"{refused.Length} outcomes were answered with an error before the kill, for example {refused.FirstOrDefault()?.Status}: {refused.FirstOrDefault()?.Text}");
        Assert.All(acknowledged, a => Assert.Equal(201, a.Status));

        // Restart on the same store: it must open, and hold every acknowledged outcome once.
        host = await StartAsync(store);
        IReadOnlyList<OutcomeRow> rows = await store.OutcomesAsync();
        await AssertSoundAsync(store, all, rows);
        var byId = rows.ToLookup(r => r.Id);
        foreach (Attempt attempt in acknowledged)
        {
            OutcomeRow[] stored = byId[attempt.OutcomeId!].ToArray();
            Assert.True(stored.Length == 1, $"outcome {attempt.OutcomeId} (key {attempt.Key}) was acknowledged but is stored {stored.Length} times");
            OutcomeRow row = stored[0];
            Assert.Equal((attempt.Key, attempt.Person.UserId, attempt.RoutineId, attempt.Body), (row.IdempotencyKey, row.PersonId, row.RoutineId, row.Outcome));
            Assert.Equal(attempt.LoggedAt!.Value.ToUnixTimeMilliseconds(), row.LoggedAt);
        }

        // The API reports the same history: every acknowledged outcome in the person's progress.
        foreach (IGrouping<string, (Person Person, string RoutineId)> person in routines.GroupBy(r => r.Person.UserId))
        {
            Person who = person.First().Person;
            using HttpResponseMessage response = await host.Client.SendAsync(Api.Get("api/me/progress", who));
            JsonElement progress = await Api.ExpectAsync(response, HttpStatusCode.OK, "GET /api/me/progress after the restart");
            Assert.Equal(rows.Count(r => r.PersonId == who.UserId), progress.GetProperty("outcomes").GetInt32());
            var entries = progress.GetProperty("entries").EnumerateArray()
                .Select(e => (e.GetProperty("routineId").GetString(), e.GetProperty("loggedAt").GetDateTimeOffset())).ToList();
            foreach (Attempt attempt in acknowledged.Where(a => a.Person == who))
            {
                Assert.True(entries.Remove((attempt.RoutineId, attempt.LoggedAt!.Value)),
                    $"acknowledged outcome {attempt.OutcomeId} ({attempt.RoutineId} at {attempt.LoggedAt:O}) is not in the progress report");
            }
        }

        // Retry everything, answered or not, with the same key and body: stored once, answered as the first time.
        var retries = new ConcurrentBag<(Attempt Attempt, int Status, string Text)>();
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (attempt, cancel) =>
        {
            using HttpRequestMessage request = Api.LogOutcome(attempt.Person, attempt.RoutineId, attempt.Body, attempt.Key);
            using HttpResponseMessage response = await host.Client.SendAsync(request, cancel);
            retries.Add((attempt, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel)));
        });
        var storedBeforeRetry = rows.Where(r => r.IdempotencyKey is not null).ToDictionary(r => (r.PersonId, r.IdempotencyKey!));
        foreach ((Attempt attempt, int status, string text) in retries)
        {
            Receipt receipt = Receipt.Read(status, text, $"retry of {attempt.Key}");
            if (attempt.Acknowledged)
            {
                Assert.True(status == 200, $"the retry of acknowledged outcome {attempt.OutcomeId} was answered {status}: {text}");
                Assert.Equal((attempt.OutcomeId, attempt.LoggedAt), (receipt.OutcomeId, receipt.LoggedAt));
            }
            else if (storedBeforeRetry.TryGetValue((attempt.Person.UserId, attempt.Key), out OutcomeRow? row))
            {
                Assert.True(status == 200, $"the retry of {attempt.Key}, stored before the kill but never answered, was answered {status}: {text}");
                Assert.Equal(row.Id, receipt.OutcomeId);
            }
            else
            {
                Assert.True(status == 201, $"the retry of {attempt.Key}, never stored, was answered {status}: {text}");
            }
        }

        IReadOnlyList<OutcomeRow> after = await store.OutcomesAsync();
        await AssertSoundAsync(store, all, after);
        Assert.Equal(all.Length, after.Count);
        Assert.Equal(all.Select(a => a.Key).Order(), after.Select(r => r.IdempotencyKey!).Order());
        output.WriteLine($"{all.Length} outcomes stored once each after the retries, {clock.ElapsedMilliseconds} ms in all");
    }

    private async Task<HostProcess> StartAsync(StoreUnderTest store)
    {
        HostProcess host = await HostProcess.StartAsync(store.Setting, "--RequestsPerMinute", "0");
        _hosts.Add(host);
        return host;
    }

    /// <summary>Nothing half-written: the engine finds the store sound, no row lacks its owner, every outcome is one of the attempts, whole and valid.</summary>
    private static async Task AssertSoundAsync(StoreUnderTest store, IReadOnlyList<Attempt> attempts, IReadOnlyList<OutcomeRow> rows)
    {
        Assert.Equal("ok", await store.CheckIntegrityAsync());
        Assert.Empty(await store.OrphansAsync());
        var sent = attempts.ToDictionary(a => a.Key);
        IReadOnlySet<string> exerciseIds = GuidanceFixture.Shared.Catalog.Ids;
        foreach (OutcomeRow row in rows)
        {
            Assert.True(row.IdempotencyKey is not null && sent.ContainsKey(row.IdempotencyKey), $"outcome {row.Id} has a key no client sent: {row.IdempotencyKey}");
            Attempt attempt = sent[row.IdempotencyKey];
            Assert.True(row.Outcome == attempt.Body, $"outcome {row.Id} is not the body that was sent: {row.Outcome}");
            try
            {
                OutcomeReader.Read(row.Outcome, exerciseIds);
            }
            catch (InvalidDocumentException e)
            {
                Assert.Fail($"outcome {row.Id} is stored but not a valid outcome: {e.Message}");
            }
        }

        var twice = rows.GroupBy(r => (r.PersonId, r.IdempotencyKey)).Where(g => g.Count() > 1).Select(g => g.Key.IdempotencyKey).ToArray();
        Assert.True(twice.Length == 0, $"stored more than once: {string.Join(", ", twice)}");
    }

    // Every body differs, so a replay of the wrong one would show.
    private static string OutcomeBody(int client, int index) =>
        "{\"completed\":[\"back-lift\"]," +
        $"\"painBefore\":{{\"lower-back\":{client % 11}}},\"painAfter\":{{\"lower-back\":{index % 11}}}," +
        $"\"focusBefore\":{1 + (index % 10)},\"focusAfter\":{1 + (client % 10)},\"ratings\":{{\"back-lift\":\"right\"}}}}";

    /// <summary>One outcome a client sent, and what (if anything) came back.</summary>
    private sealed class Attempt(string key, Person person, string routineId, string body)
    {
        public string Key { get; } = key;

        public Person Person { get; } = person;

        public string RoutineId { get; } = routineId;

        public string Body { get; } = body;

        public int? Status { get; private set; }

        public string? Text { get; private set; }

        public string? OutcomeId { get; private set; }

        public DateTimeOffset? LoggedAt { get; private set; }

        public bool Acknowledged => Status is >= 200 and < 300;

        public void Answer(int status, string text)
        {
            (Status, Text) = (status, text);
            if (!Acknowledged) return;
            Receipt receipt = Receipt.Read(status, text, $"outcome {Key}");
            Assert.Equal(RoutineId, receipt.RoutineId);
            (OutcomeId, LoggedAt) = (receipt.OutcomeId, receipt.LoggedAt);
        }

        public void Fail(string error) => Text = error;
    }

    private sealed record Receipt(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt)
    {
        public static Receipt Read(int status, string text, string what)
        {
            Assert.True(status is 200 or 201, $"{what}: expected a receipt, got {status}: {Api.Shorten(text)}");
            using JsonDocument receipt = JsonDocument.Parse(text);
            JsonElement root = receipt.RootElement;
            return new Receipt(root.GetProperty("outcomeId").GetString()!, root.GetProperty("routineId").GetString()!,
                root.GetProperty("loggedAt").GetDateTimeOffset());
        }
    }
}

/// <summary>Crash safety on the embedded store: an SQLite file in write-ahead-log mode.</summary>
public sealed class SqliteCrashSafetyTests(ITestOutputHelper output) : CrashSafetyTests(output)
{
    /// <inheritdoc />
    protected override Task<StoreUnderTest> CreateStoreAsync() => Task.FromResult<StoreUnderTest>(new SqliteStoreUnderTest());
}

/// <summary>Crash safety on the shared store: a PostgreSQL database on a server the tests start.</summary>
[Collection(Advisor.IntegrationTests.Web.Support.PostgresCollection.Name)]
public sealed class PostgresCrashSafetyTests(Advisor.IntegrationTests.Web.Support.PostgresFixture postgres, ITestOutputHelper output) : CrashSafetyTests(output)
{
    /// <inheritdoc />
    protected override async Task<StoreUnderTest> CreateStoreAsync() =>
        new PostgresStoreUnderTest((await postgres.CreateDatabaseAsync()).ConnectionString);
}
