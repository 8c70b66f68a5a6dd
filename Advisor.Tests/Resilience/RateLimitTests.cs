using System.Diagnostics;
using System.Net;

namespace Advisor.Tests.Resilience;

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
}
