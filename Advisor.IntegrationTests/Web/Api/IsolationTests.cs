using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// Person B tries every personal endpoint with person A's ids and keys, and never sees or changes
/// anything of A's: every answer is what B would get for ids that do not exist.
/// </summary>
public sealed class IsolationTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private const string OutcomeOfA = """{ "painBefore": { "neck": 4 }, "painAfter": { "neck": 3 }, "ratings": { "cervical-nod": "right" } }""";

    private sealed record Snapshot(string Routines, string Progress, string Export, long Outcomes, string FirstRoutine);

    [Fact]
    public async Task B_cannot_read_change_or_erase_anything_of_As()
    {
        using Person a = await host.NewPersonAsync();
        using Person b = await host.NewPersonAsync();
        (string routineOfA, string outcomeOfA) = await HistoryOfAAsync(a);
        Snapshot before = await SnapshotAsync(a, routineOfA);
        string unknown = Guid.CreateVersion7().ToString("n");

        // Reading A's routine is what reading an id that does not exist is.
        using (HttpResponseMessage read = await b.Client.GetAsync($"/api/routines/{routineOfA}"))
        using (HttpResponseMessage none = await b.Client.GetAsync($"/api/routines/{unknown}"))
        {
            Assert.Equal(Http.WithoutTraceId(await none.ProblemAsync(HttpStatusCode.NotFound)), Http.WithoutTraceId(await read.ProblemAsync(HttpStatusCode.NotFound)));
        }

        // Logging against A's routine: without a key, with a key of B's, and replaying A's own key and body.
        foreach ((string body, string? key) in new[] { (OutcomeOfA, (string?)null), (OutcomeOfA, "b-key"), (OutcomeOfA, "a-key"), ("""{ "conditions": [ "frustrated" ] }""", "a-key") })
        {
            using HttpResponseMessage logged = await b.Client.PostJsonAsync($"/api/routines/{routineOfA}/outcomes", body, key);
            using HttpResponseMessage none = await b.Client.PostJsonAsync($"/api/routines/{unknown}/outcomes", body, key);
            JsonElement problem = await logged.ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(Http.WithoutTraceId(await none.ProblemAsync(HttpStatusCode.NotFound)), Http.WithoutTraceId(problem));
            Assert.DoesNotContain(outcomeOfA, problem.ToString(), StringComparison.Ordinal);
        }

        // B's own lists, progress and export hold nothing of A's.
        foreach (string path in new[] { "/api/me/routines", "/api/me/progress", "/api/me/export" })
        {
            using HttpResponseMessage response = await b.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string text = await response.Content.ReadAsStringAsync();
            foreach (string id in new[] { a.UserId, routineOfA, outcomeOfA }) Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        }

        using (HttpResponseMessage progress = await b.Client.GetAsync("/api/me/progress"))
        {
            JsonElement report = await progress.JsonAsync(HttpStatusCode.OK);
            Assert.Equal((0, 0), (report.GetProperty("routines").GetInt32(), report.GetProperty("outcomes").GetInt32()));
        }

        Assert.Equal(before, await SnapshotAsync(a, routineOfA));

        // B erasing themselves erases only B.
        using (HttpResponseMessage erased = await b.Client.DeleteAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        Assert.Equal(before, await SnapshotAsync(a, routineOfA));
    }

    [Fact]
    public async Task What_B_logs_never_shapes_As_next_routine()
    {
        using Person a = await host.NewPersonAsync();
        using Person b = await host.NewPersonAsync();
        using HttpResponseMessage created = await b.Client.PostJsonAsync("/api/routines", Documents.QuietAbdominals);
        string routineOfB = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        using HttpResponseMessage logged = await b.Client.PostJsonAsync($"/api/routines/{routineOfB}/outcomes", """{ "conditions": [ "frustrated", "early-fatigue" ] }""");
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        using HttpResponseMessage next = await a.Client.PostJsonAsync("/api/routines", Documents.QuietAbdominals);

        JsonElement routine = await next.JsonAsync(HttpStatusCode.Created);
        Assert.DoesNotContain(routine.Items(), i => i.Cites("G5"));
        Assert.DoesNotContain("slow down", routine.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_and_B_may_use_the_same_idempotency_key_and_each_keeps_their_own_receipt()
    {
        using Person a = await host.NewPersonAsync();
        using Person b = await host.NewPersonAsync();
        (string routineOfA, string outcomeOfA) = await HistoryOfAAsync(a);
        using HttpResponseMessage created = await b.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string routineOfB = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();

        using HttpResponseMessage logged = await b.Client.PostJsonAsync($"/api/routines/{routineOfB}/outcomes", OutcomeOfA, "a-key");
        using HttpResponseMessage replayedByA = await a.Client.PostJsonAsync($"/api/routines/{routineOfA}/outcomes", OutcomeOfA, "a-key");

        JsonElement receipt = await logged.JsonAsync(HttpStatusCode.Created);
        Assert.NotEqual(outcomeOfA, receipt.GetProperty("outcomeId").GetString());
        Assert.Equal(routineOfB, receipt.GetProperty("routineId").GetString());
        Assert.Equal(outcomeOfA, (await replayedByA.JsonAsync(HttpStatusCode.OK)).GetProperty("outcomeId").GetString());
    }

    private static async Task<(string Routine, string Outcome)> HistoryOfAAsync(Person a)
    {
        using HttpResponseMessage created = await a.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string routine = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        using HttpResponseMessage logged = await a.Client.PostJsonAsync($"/api/routines/{routine}/outcomes", OutcomeOfA, "a-key");
        string outcome = (await logged.JsonAsync(HttpStatusCode.Created)).GetProperty("outcomeId").GetString()!;
        using HttpResponseMessage second = await a.Client.PostJsonAsync("/api/routines", Documents.Knees);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        return (routine, outcome);
    }

    private async Task<Snapshot> SnapshotAsync(Person a, string routine) => new(
        await TextAsync(a, "/api/me/routines"),
        await TextAsync(a, "/api/me/progress"),
        await TextAsync(a, "/api/me/export"),
        await host.Database.OutcomesOfAsync(a.UserId),
        await TextAsync(a, $"/api/routines/{routine}"));

    private static async Task<string> TextAsync(Person person, string path)
    {
        using HttpResponseMessage response = await person.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
