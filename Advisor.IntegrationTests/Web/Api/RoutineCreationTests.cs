using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>POST /api/routines: anonymous answers are never stored; a person's routines are, with their assessment.</summary>
public sealed class RoutineCreationTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private static readonly string[] Phases = ["warm-up", "release", "activate", "integrate", "strengthen", "mobility", "desk", "cool-down"];

    private static readonly string[] Moments = ["start-of-day", "every-interval", "pre-meeting", "mid-afternoon", "end-of-day"];

    [Fact]
    public async Task Anonymous_gets_200_with_the_contract_shape()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", Documents.ContractExample);

        JsonElement routine = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Null(response.Headers.Location);
        Assert.False(string.IsNullOrEmpty(routine.RoutineId()));
        Assert.Equal("ok", routine.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(routine.GetProperty("message").GetString()));
        AssertContractShape(routine);
        // A desk workday has a schedule and an interval (G21, G24).
        Assert.Equal(20, routine.GetProperty("intervalMinutes").GetInt32());
        Assert.All(routine.GetProperty("schedule").EnumerateArray(), slot =>
        {
            Assert.Contains(slot.GetProperty("when").GetString(), Moments);
            Assert.NotEqual(0, slot.GetProperty("exerciseIds").GetArrayLength());
        });
    }

    [Fact]
    public async Task Anonymous_stores_nothing()
    {
        using HttpClient client = host.CreateClient();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", Documents.ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await host.Database.CountsAsync());
        string routineId = (await response.JsonAsync()).RoutineId();
        Assert.Empty(await host.Database.WhereContainsAsync(routineId));
    }

    [Fact]
    public async Task A_red_flag_is_a_referral_with_no_phases()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", Documents.RedFlag);

        JsonElement routine = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("refer", routine.GetProperty("status").GetString());
        Assert.Equal(0, routine.GetProperty("phases").GetArrayLength());
        Assert.Contains("health professional", routine.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_a_token_it_is_201_with_a_location_and_stored_with_its_assessment()
    {
        using Person person = await host.NewPersonAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", Documents.ContractExample);

        JsonElement routine = await response.JsonAsync(HttpStatusCode.Created);
        AssertContractShape(routine);
        string id = routine.RoutineId();
        Assert.Equal($"/api/routines/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(before with { Routines = before.Routines + 1 }, await host.Database.CountsAsync());
        var row = Assert.Single(await host.Database.RowsAsync("routines"), r => r["id"] == id);
        Assert.Equal(person.UserId, row["person_id"]);
        Assert.True(Http.SameJson(Parse(Documents.ContractExample), Parse(row["assessment"]!)), row["assessment"]);
        Assert.True(Http.SameJson(routine, Parse(row["routine"]!)), "the stored routine is not the one served");

        // The Location answers with the same routine and its assessment.
        using HttpResponseMessage found = await person.Client.GetAsync(response.Headers.Location);
        JsonElement stored = await found.JsonAsync(HttpStatusCode.OK);
        Assert.True(Http.SameJson(routine, stored.GetProperty("routine")));
    }

    [Theory]
    [InlineData("Bearer ra_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // our shape, but no such person
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("ra_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_or_malformed_token_is_401_and_nothing_is_stored(string authorization)
    {
        using HttpClient client = host.CreateClient();
        SqliteFile.Counts before = await host.Database.CountsAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/routines") { Content = Http.Json(Documents.DeskNeck) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using HttpResponseMessage response = await client.SendAsync(request);

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task A_token_of_a_person_who_was_erased_is_401()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage deleted = await person.Client.DeleteAsync("/api/me");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_bearer_scheme_is_case_insensitive()
    {
        using Person person = await host.NewPersonAsync();
        using HttpClient client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", person.Token);

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", Documents.DeskNeck);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_assessment_takes_the_contract_defaults()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", "{}");

        JsonElement routine = await response.JsonAsync(HttpStatusCode.OK);
        AssertContractShape(routine);
        // Default setting is home, so no desk interval or schedule.
        Assert.False(routine.TryGetProperty("intervalMinutes", out _));
        Assert.False(routine.TryGetProperty("schedule", out _));
    }

    /// <summary>The contract's routine: phases in the known order, items with a range and reasons; never an empty because (G42).</summary>
    private static void AssertContractShape(JsonElement routine)
    {
        Assert.Contains(routine.GetProperty("status").GetString(), new[] { "ok", "refer" });
        var phases = routine.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()!).ToArray();
        Assert.NotEmpty(phases);
        Assert.All(phases, p => Assert.Contains(p, Phases));
        Assert.Equal(phases.OrderBy(p => Array.IndexOf(Phases, p)), phases);
        Assert.All(routine.Items(), item =>
        {
            Assert.False(string.IsNullOrEmpty(item.Id()));
            Assert.False(string.IsNullOrEmpty(item.GetProperty("name").GetString()));
            Assert.Contains(item.GetProperty("range").GetString(), new[] { "micro", "full" });
            Assert.True(item.GetProperty("sets").GetInt32() >= 1);
            Assert.True(item.GetProperty("reps").GetInt32() >= 1);
            Assert.True(item.GetProperty("holdSeconds").GetInt32() >= 0);
            Assert.True(item.GetProperty("seconds").GetInt32() > 0);
            Assert.Contains(item.GetProperty("bothSides").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(JsonValueKind.Array, item.GetProperty("cues").ValueKind);
            JsonElement because = item.GetProperty("because");
            Assert.NotEqual(0, because.GetArrayLength());
            Assert.All(because.EnumerateArray(), reason =>
            {
                Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("rule").GetString()));
                Assert.NotEqual(0, reason.GetProperty("guidelines").GetArrayLength());
            });
        });
        Assert.Equal(routine.Items().Sum(i => i.GetProperty("seconds").GetInt32()), routine.GetProperty("totalSeconds").GetInt32());
    }

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
