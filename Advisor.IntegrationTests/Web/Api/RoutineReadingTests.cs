using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>GET /api/routines/{id} and GET /api/me/routines: a person reads their own routines, and only those.</summary>
public sealed class RoutineReadingTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task Ones_own_routine_is_200_with_the_routine_its_assessment_and_when()
    {
        using Person person = await host.NewPersonAsync();
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.ContractExample);
        JsonElement served = await created.JsonAsync(HttpStatusCode.Created);

        using HttpResponseMessage response = await person.Client.GetAsync($"/api/routines/{served.RoutineId()}");

        JsonElement body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.True(Http.SameJson(served, body.GetProperty("routine")), body.GetProperty("routine").ToString());
        Assert.True(Http.SameJson(Parse(Documents.ContractExample), body.GetProperty("assessment")), body.GetProperty("assessment").ToString());
        DateTimeOffset createdAt = body.GetProperty("createdAt").GetDateTimeOffset();
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task The_assessment_comes_back_as_the_person_sent_it_defaults_not_filled_in()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", """{ "minutes": 5 }""");
        string id = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();

        using HttpResponseMessage response = await person.Client.GetAsync($"/api/routines/{id}");

        JsonElement assessment = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("assessment");
        Assert.Equal("""{"minutes":5}""", JsonSerializer.Serialize(assessment));
    }

    [Fact]
    public async Task Another_persons_routine_is_404_exactly_like_an_unknown_id()
    {
        using Person owner = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        using HttpResponseMessage created = await owner.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string id = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();

        using HttpResponseMessage someoneElses = await other.Client.GetAsync($"/api/routines/{id}");
        using HttpResponseMessage unknown = await other.Client.GetAsync($"/api/routines/{Guid.CreateVersion7():n}");

        JsonElement a = await someoneElses.ProblemAsync(HttpStatusCode.NotFound);
        JsonElement b = await unknown.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(Http.WithoutTraceId(b), Http.WithoutTraceId(a));
        Assert.DoesNotContain(id, a.ToString(), StringComparison.Ordinal);
        Assert.Equal(unknown.Content.Headers.ContentType, someoneElses.Content.Headers.ContentType);
    }

    [Fact]
    public async Task An_anonymous_routine_was_never_kept_so_its_id_is_404()
    {
        using Person person = await host.NewPersonAsync();
        using HttpClient anonymous = host.CreateClient();
        using HttpResponseMessage served = await anonymous.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string id = (await served.JsonAsync(HttpStatusCode.OK)).RoutineId();

        using HttpResponseMessage response = await person.Client.GetAsync($"/api/routines/{id}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_token_it_is_401_with_a_detail_and_a_challenge()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string id = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync($"/api/routines/{id}");

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.DoesNotContain("routine", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_a_forged_token_it_is_401()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string id = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        using HttpClient forged = host.ClientWith(person.Token[..^2] + (person.Token.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA"));

        using HttpResponseMessage response = await forged.GetAsync($"/api/routines/{id}");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_list_of_ones_routines_is_newest_first_and_says_which_are_logged()
    {
        using Person person = await host.NewPersonAsync();
        var ids = new List<string>();
        foreach (string assessment in new[] { Documents.DeskNeck, Documents.RedFlag, Documents.QuietAbdominals })
        {
            using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", assessment);
            ids.Add((await created.JsonAsync(HttpStatusCode.Created)).RoutineId());
        }

        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{ids[0]}/outcomes", Documents.Pain("neck", 3, 2));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        using Person stranger = await host.NewPersonAsync();
        using HttpResponseMessage strangers = await stranger.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/routines");

        JsonElement list = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ids.AsEnumerable().Reverse(), list.EnumerateArray().Select(r => r.GetProperty("routineId").GetString()));
        Assert.Equal(new[] { false, false, true }, list.EnumerateArray().Select(r => r.GetProperty("logged").GetBoolean()));
        Assert.Equal(new[] { "ok", "refer", "ok" }, list.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(0, list[1].GetProperty("totalSeconds").GetInt32());
        Assert.True(list[0].GetProperty("totalSeconds").GetInt32() > 0);
        var times = list.EnumerateArray().Select(r => r.GetProperty("createdAt").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task Routines_made_within_the_same_millisecond_still_list_in_the_order_they_were_made()
    {
        using Person person = await host.NewPersonAsync();
        var ids = new List<string>();
        for (int i = 0; i < 150; i++)
        {
            // A referral is the quickest routine to make, so several land in one millisecond.
            using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.RedFlag);
            ids.Add((await created.JsonAsync(HttpStatusCode.Created)).RoutineId());
        }

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/routines");

        JsonElement list = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ids.AsEnumerable().Reverse(), list.EnumerateArray().Select(r => r.GetProperty("routineId").GetString()));
    }

    [Fact]
    public async Task The_list_needs_a_token()
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync("/api/me/routines");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
