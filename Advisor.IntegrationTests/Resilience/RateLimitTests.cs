using System.Diagnostics;
using System.Net;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>The per-caller limit: a burst over it is refused with 429 and Retry-After; other callers go on.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int Burst = 5;

    private readonly SqliteStoreUnderTest _store = new();
    private HostProcess? _host;

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        _host = await HostProcess.StartAsync(_store.Setting, "--RequestsPerMinute", "60", "--RequestBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Quick_requests_over_the_burst_get_429_with_Retry_After_and_other_tokens_are_not_affected()
    {
        HttpClient client = _host!.Client;
        Person busy = await Api.CreatePersonAsync(client);
        Person other = await Api.CreatePersonAsync(client);
        string routine = await Api.CreateRoutineAsync(client, other);
        RowCounts before = await _store.CountAsync();

        // The busy token's allowance starts full with its first request and gains one a second after it.
        // Each request of the burst is a write, so the store shows that a refused one wrote nothing.
        var statuses = new List<int>();
        var clock = Stopwatch.StartNew();
        HttpResponseMessage? refused = null;
        for (int i = 0; i < Burst + 3 && refused is null; i++)
        {
            using HttpRequestMessage request = Api.Json(HttpMethod.Post, "api/routines", Api.Assessment, busy.Token);
            HttpResponseMessage response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else response.Dispose();
        }

        TimeSpan took = clock.Elapsed;
        Assert.Equal(Enumerable.Repeat(201, Burst), statuses.Take(Burst));
        Assert.NotNull(refused);
        // A burst slower than a second may have earned one more request before the limit bit.
        Assert.True(statuses.Count == Burst + 1 || (took >= TimeSpan.FromSeconds(1) && statuses.Count == Burst + 2),
            $"the limit of {Burst} let {statuses.Count - 1} requests through in {took.TotalMilliseconds:0} ms: {string.Join(", ", statuses)}");
        Assert.Equal(before with { Routines = before.Routines + statuses.Count(s => s == 201) }, await _store.CountAsync());

        using (refused)
        {
            string body = await refused.Content.ReadAsStringAsync();
            Assert.Null(Api.ProblemFault(refused, body));
            Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait >= TimeSpan.FromSeconds(1) && wait <= TimeSpan.FromMinutes(1),
                $"Retry-After is {refused.Headers.RetryAfter}");
        }

        // Another token is served as usual, reads and writes.
        using (HttpResponseMessage response = await client.SendAsync(Api.Get("api/me/routines", other)))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (HttpResponseMessage response = await client.SendAsync(Api.LogOutcome(other, routine, Api.Outcome, "other-key")))
            await Api.ExpectAsync(response, HttpStatusCode.Created, "another token's outcome while the first is limited");
    }

    [Fact]
    public async Task Two_hundred_forged_tokens_from_one_address_are_limited_like_one_caller()
    {
        HttpClient client = _host!.Client;
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 200; i++)
        {
            // Well formed, so only the store could tell it is not a person's.
            string forged = "ra_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
            using HttpResponseMessage response = await client.SendAsync(Api.Get("api/me/routines", new Person("nobody", forged)));
            statuses.Add(response.StatusCode);
        }

        int through = statuses.Count(s => s != HttpStatusCode.TooManyRequests);
        // The burst, and one more for each second the flood took.
        int allowed = Burst + (int)Math.Ceiling(clock.Elapsed.TotalSeconds);
        Assert.True(through <= allowed, $"{through} of 200 forged tokens got past the limit in {clock.Elapsed.TotalSeconds:0.0} s (allowed {allowed})");
        Assert.All(statuses.Where(s => s != HttpStatusCode.TooManyRequests), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }

    [Fact]
    public async Task A_person_keeps_their_own_allowance_while_their_address_is_limited()
    {
        HttpClient client = _host!.Client;
        Person person = await Api.CreatePersonAsync(client);
        for (int i = 0; i < Burst + 5; i++)
        {
            using HttpResponseMessage _ = await client.GetAsync("api/exercises");
        }

        using (HttpResponseMessage anonymous = await client.GetAsync("api/exercises"))
            Assert.Equal(HttpStatusCode.TooManyRequests, anonymous.StatusCode);
        using HttpResponseMessage mine = await client.SendAsync(Api.Get("api/me/routines", person));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_answered_while_the_caller_is_limited()
    {
        HttpClient client = _host!.Client;
        for (int i = 0; i < Burst + 5; i++)
        {
            using HttpResponseMessage _ = await client.GetAsync("api/exercises");
        }

        using (HttpResponseMessage limited = await client.GetAsync("api/exercises"))
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        for (int i = 0; i < Burst * 4; i++)
        {
            foreach (string probe in new[] { "healthz", "readyz" })
            {
                using HttpResponseMessage response = await client.GetAsync(probe);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"probe {i + 1} of GET /{probe}: {(int)response.StatusCode}");
            }
        }
    }
}
