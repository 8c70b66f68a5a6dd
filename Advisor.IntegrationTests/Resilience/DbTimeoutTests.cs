using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// DbTimeoutSeconds is applied: while another program holds the SQLite file's write lock, writes
/// are answered 503 with Retry-After within a few seconds (not a hang, not a 500), nothing is
/// stored, and the host works again as soon as the lock is gone.
/// </summary>
public sealed class DbTimeoutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int TimeoutSeconds = 1;

    private readonly SqliteStoreUnderTest _store = new();
    private HostProcess? _host;

    /// <inheritdoc />
    public async Task InitializeAsync() => _host = await HostProcess.StartAsync(_store.Setting,
        "--RequestsPerMinute", "0", "--DbTimeoutSeconds", TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Writes_to_a_locked_store_get_503_within_seconds_and_succeed_once_it_is_free()
    {
        HttpClient client = _host!.Client;
        Person person = await Api.CreatePersonAsync(client);
        string routine = await Api.CreateRoutineAsync(client, person);
        RowCounts before = await _store.CountAsync();
        const string key = "written-while-locked";

        Func<HttpRequestMessage>[] writes =
        [
            () => Api.LogOutcome(person, routine, Api.Outcome, key),
            () => Api.Json(HttpMethod.Post, "api/routines", Api.Assessment, person.Token),
            () => new HttpRequestMessage(HttpMethod.Post, "api/users"),
        ];

        await using (await _store.HoldWriteLockAsync())
        {
            var clock = Stopwatch.StartNew();
            (HttpResponseMessage Response, string Body, TimeSpan Took)[] answers = await Task.WhenAll(writes.Select(async write =>
            {
                using HttpRequestMessage request = write();
                HttpResponseMessage response = await client.SendAsync(request);
                return (response, await response.Content.ReadAsStringAsync(), clock.Elapsed);
            }));

            foreach ((HttpResponseMessage response, string body, TimeSpan took) in answers)
            {
                using (response)
                {
                    string what = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath}";
                    output.WriteLine($"{what}: {(int)response.StatusCode} after {took.TotalMilliseconds:0} ms");
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                        $"{what} while the store is locked: expected 503, got {(int)response.StatusCode}: {Api.Shorten(body)}");
                    Assert.Null(Api.ProblemFault(response, body));
                    Assert.True(response.Headers.RetryAfter?.Delta is { } wait && wait >= TimeSpan.FromSeconds(1),
                        $"{what}: Retry-After is {response.Headers.RetryAfter}");
                    Assert.True(took < TimeSpan.FromSeconds(TimeoutSeconds + 9), $"{what} took {took.TotalSeconds:0.0} s with a time-out of {TimeoutSeconds} s");
                }
            }

            // Reading goes on while another program writes (write-ahead log).
            using HttpResponseMessage progress = await client.SendAsync(Api.Get("api/me/progress", person));
            await Api.ExpectAsync(progress, HttpStatusCode.OK, "GET /api/me/progress while the store is locked");
        }

        Assert.Equal(before, await _store.CountAsync());

        // The lock is gone: the same requests succeed, the outcome under the key it was first sent with.
        foreach (Func<HttpRequestMessage> write in writes)
        {
            using HttpRequestMessage request = write();
            using HttpResponseMessage response = await client.SendAsync(request);
            await Api.ExpectAsync(response, HttpStatusCode.Created, $"{request.Method} {request.RequestUri} after the lock");
        }

        Assert.Equal(new RowCounts(before.People + 1, before.Routines + 1, before.Outcomes + 1), await _store.CountAsync());
        Assert.Equal("ok", await _store.CheckIntegrityAsync());
    }
}
