using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>The API over PostgreSQL: the same answers as over SQLite, and the same privacy.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresApiTests(PostgresFixture postgres) : IAsyncLifetime
{
    private AdvisorFactory _host = null!;

    public async Task InitializeAsync()
    {
        PostgresDatabase database = await postgres.CreateDatabaseAsync();
        _host = new AdvisorFactory(database.ConnectionString);
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_person_keeps_routines_and_outcomes_that_no_one_else_reads()
    {
        using HttpClient anonymous = _host.CreateClient();
        using (HttpResponseMessage health = await anonymous.GetAsync("/readyz"))
            Assert.Equal("postgresql", (await health.JsonAsync(HttpStatusCode.OK)).GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("kind").GetString());
        using Person person = await _host.NewPersonAsync();
        using Person other = await _host.NewPersonAsync();

        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.ContractExample);
        string routineId = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        const string outcome = """{"completed":["back-lift"],"painBefore":{"lower-back":6},"painAfter":{"lower-back":4}}""";
        using HttpRequestMessage first = Outcome(routineId, outcome, "key-1");
        using HttpResponseMessage logged = await person.Client.SendAsync(first);
        JsonElement receipt = await logged.JsonAsync(HttpStatusCode.Created);
        using HttpRequestMessage retry = Outcome(routineId, outcome, "key-1");
        using HttpResponseMessage replayed = await person.Client.SendAsync(retry);
        Assert.Equal(receipt.GetProperty("outcomeId").GetString(), (await replayed.JsonAsync(HttpStatusCode.OK)).GetProperty("outcomeId").GetString());

        using HttpResponseMessage theirs = await other.Client.GetAsync($"/api/routines/{routineId}");
        await theirs.ProblemAsync(HttpStatusCode.NotFound);
        using HttpRequestMessage intrusion = Outcome(routineId, outcome, "key-2");
        using HttpResponseMessage refused = await other.Client.SendAsync(intrusion);
        await refused.ProblemAsync(HttpStatusCode.NotFound);

        using HttpResponseMessage progress = await person.Client.GetAsync("/api/me/progress");
        JsonElement report = await progress.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, report.GetProperty("outcomes").GetInt32());
        Assert.Equal(4, report.GetProperty("pain").GetProperty("lower-back")[0].GetProperty("after").GetInt32());

        using HttpResponseMessage erased = await person.Client.DeleteAsync("/api/me");
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        using HttpResponseMessage gone = await person.Client.GetAsync("/api/me/progress");
        await gone.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage Outcome(string routineId, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/routines/{routineId}/outcomes")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
