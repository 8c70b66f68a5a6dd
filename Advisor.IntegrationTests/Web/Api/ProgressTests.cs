using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>GET /api/me/progress: counts, adherence, completion, one entry per logged outcome, and pain per region over time.</summary>
public sealed class ProgressTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task A_newcomer_has_nothing_yet()
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/progress");

        JsonElement progress = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, progress.GetProperty("routines").GetInt32());
        Assert.Equal(0, progress.GetProperty("outcomes").GetInt32());
        Assert.Equal(0, progress.GetProperty("adherence").GetDouble());
        Assert.Equal(0, progress.GetProperty("completion").GetDouble());
        Assert.Equal(0, progress.GetProperty("entries").GetArrayLength());
        Assert.Empty(progress.GetProperty("pain").EnumerateObject());
    }

    [Fact]
    public async Task Progress_counts_routines_and_outcomes_and_lists_each_entry_oldest_first()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement desk = await RoutineAsync(person, Documents.DeskNeck);
        JsonElement knees = await RoutineAsync(person, Documents.Knees);
        await RoutineAsync(person, Documents.QuietAbdominals);
        string[] deskIds = desk.Ids().ToArray();
        string[] kneeIds = knees.Ids().ToArray();
        JsonElement first = await LogAsync(person, desk, JsonSerializer.Serialize(new
        {
            completed = deskIds.Take(2),
            painBefore = new Dictionary<string, int> { ["neck"] = 3 },
            painAfter = new Dictionary<string, int> { ["neck"] = 2 },
            stiffnessBefore = 7,
            stiffnessAfter = 5,
        }));
        JsonElement second = await LogAsync(person, knees, JsonSerializer.Serialize(new
        {
            completed = kneeIds,
            painBefore = new Dictionary<string, int> { ["knees"] = 4, ["neck"] = 2 },
            painAfter = new Dictionary<string, int> { ["knees"] = 3 },
            energyBefore = 4,
            energyAfter = 6,
            focusBefore = 5,
            focusAfter = 6,
        }));

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/progress");

        JsonElement progress = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, progress.GetProperty("routines").GetInt32());
        Assert.Equal(2, progress.GetProperty("outcomes").GetInt32());
        Assert.Equal(0.667, progress.GetProperty("adherence").GetDouble());
        Assert.Equal(Math.Round((2.0 / deskIds.Length + 1.0) / 2, 3), progress.GetProperty("completion").GetDouble());

        JsonElement[] entries = progress.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(2, entries.Length);
        AssertEntry(entries[0], desk.RoutineId(), first, deskIds.Length, 2);
        Assert.Equal("""{"neck":3}""", entries[0].GetProperty("painBefore").GetRawText());
        Assert.Equal("""{"neck":2}""", entries[0].GetProperty("painAfter").GetRawText());
        Assert.Equal(7, entries[0].GetProperty("stiffnessBefore").GetInt32());
        Assert.Equal(5, entries[0].GetProperty("stiffnessAfter").GetInt32());
        foreach (string absent in new[] { "energyBefore", "energyAfter", "focusBefore", "focusAfter" })
            Assert.False(entries[0].TryGetProperty(absent, out _), $"{absent} was not logged but is in {entries[0]}");

        AssertEntry(entries[1], knees.RoutineId(), second, kneeIds.Length, kneeIds.Length);
        Assert.Equal(4, entries[1].GetProperty("energyBefore").GetInt32());
        Assert.Equal(6, entries[1].GetProperty("energyAfter").GetInt32());
        Assert.Equal(5, entries[1].GetProperty("focusBefore").GetInt32());
        Assert.Equal(6, entries[1].GetProperty("focusAfter").GetInt32());
        Assert.False(entries[1].TryGetProperty("stiffnessBefore", out _));
    }

    [Fact]
    public async Task Pain_is_a_series_per_region_in_region_order_each_oldest_first()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement routine = await RoutineAsync(person, Documents.Knees);
        var logged = new List<DateTimeOffset>();
        foreach (string outcome in new[]
        {
            """{ "painBefore": { "knees": 6, "neck": 2 }, "painAfter": { "knees": 5, "neck": 2 } }""",
            """{ "painBefore": { "knees": 5 }, "painAfter": { "knees": 4 } }""",
            """{ "painBefore": { "neck": 3 } }""",
        })
        {
            logged.Add((await LogAsync(person, routine, outcome)).GetProperty("loggedAt").GetDateTimeOffset());
        }

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/progress");

        JsonElement pain = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("pain");
        // Regions come in the contract's order: neck before knees.
        Assert.Equal(new[] { "neck", "knees" }, pain.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            new (DateTimeOffset, int?, int?)[] { (logged[0], 2, 2), (logged[2], 3, null) },
            Readings(pain.GetProperty("neck")));
        Assert.Equal(
            new (DateTimeOffset, int?, int?)[] { (logged[0], 6, 5), (logged[1], 5, 4) },
            Readings(pain.GetProperty("knees")));
    }

    [Fact]
    public async Task Completion_counts_only_the_routines_own_items()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement routine = await RoutineAsync(person, Documents.DeskNeck);
        string[] ids = routine.Ids().ToArray();
        // One of the routine's items, and two exercises from the catalog that were not in it.
        string[] extra = new[] { "plank", "bird-dog", "glute-bridge", "wall-angel" }.Except(ids).Take(2).ToArray();
        Assert.Equal(2, extra.Length);
        await LogAsync(person, routine, JsonSerializer.Serialize(new { completed = extra.Prepend(ids[0]) }));

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/progress");

        JsonElement progress = await response.JsonAsync(HttpStatusCode.OK);
        JsonElement entry = Assert.Single(progress.GetProperty("entries").EnumerateArray());
        Assert.Equal(ids.Length, entry.GetProperty("planned").GetInt32());
        Assert.Equal(1, entry.GetProperty("completed").GetInt32());
        Assert.Equal(Math.Round(1.0 / ids.Length, 3), progress.GetProperty("completion").GetDouble());
    }

    [Fact]
    public async Task Progress_needs_a_token()
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync("/api/me/progress");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static void AssertEntry(JsonElement entry, string routineId, JsonElement receipt, int planned, int completed)
    {
        Assert.Equal(routineId, entry.GetProperty("routineId").GetString());
        Assert.Equal(receipt.GetProperty("loggedAt").GetDateTimeOffset(), entry.GetProperty("loggedAt").GetDateTimeOffset());
        Assert.Equal(planned, entry.GetProperty("planned").GetInt32());
        Assert.Equal(completed, entry.GetProperty("completed").GetInt32());
    }

    private static (DateTimeOffset, int?, int?)[] Readings(JsonElement series) => series.EnumerateArray().Select(r => (
        r.GetProperty("at").GetDateTimeOffset(),
        r.TryGetProperty("before", out JsonElement before) ? before.GetInt32() : (int?)null,
        r.TryGetProperty("after", out JsonElement after) ? after.GetInt32() : (int?)null)).ToArray();

    private static async Task<JsonElement> RoutineAsync(Person person, string assessment)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", assessment);
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> LogAsync(Person person, JsonElement routine, string outcome)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync($"/api/routines/{routine.RoutineId()}/outcomes", outcome);
        return await response.JsonAsync(HttpStatusCode.Created);
    }
}
