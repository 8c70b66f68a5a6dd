using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>Looking is not doing: adherence counts the routines a person started or logged, not every routine asked for.</summary>
public sealed class AdherenceTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task A_routine_asked_for_again_before_it_was_started_does_not_count_against_the_person()
    {
        using Person person = await host.NewPersonAsync();
        await RoutineAsync(person, Documents.DeskNeck);
        await RoutineAsync(person, Documents.DeskNeck);
        JsonElement done = await RoutineAsync(person, Documents.DeskNeck);

        using HttpResponseMessage before = await person.Client.GetAsync("/api/me/progress");
        using HttpResponseMessage start = await person.Client.PostAsync($"/api/routines/{done.RoutineId()}/start", null);
        using HttpResponseMessage again = await person.Client.PostAsync($"/api/routines/{done.RoutineId()}/start", null);
        using HttpResponseMessage after = await person.Client.GetAsync("/api/me/progress");

        JsonElement nothingDone = await before.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, nothingDone.GetProperty("done").GetInt32());
        Assert.Equal(0, nothingDone.GetProperty("adherence").GetDouble());
        Assert.Equal(HttpStatusCode.NoContent, start.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        JsonElement progress = await after.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, progress.GetProperty("routines").GetInt32());
        Assert.Equal(1, progress.GetProperty("done").GetInt32());
        Assert.Equal(1.0, progress.GetProperty("adherence").GetDouble());

        using HttpResponseMessage list = await person.Client.GetAsync("/api/me/routines");
        JsonElement[] routines = [.. (await list.JsonAsync(HttpStatusCode.OK)).EnumerateArray()];
        Assert.Equal([done.RoutineId()], routines.Where(r => r.GetProperty("started").GetBoolean()).Select(r => r.GetProperty("routineId").GetString()));
    }

    [Fact]
    public async Task A_routine_left_undone_after_one_that_was_done_counts()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement logged = await RoutineAsync(person, Documents.Knees);
        await RoutineAsync(person, Documents.Knees);
        using HttpResponseMessage outcome = await person.Client.PostJsonAsync($"/api/routines/{logged.RoutineId()}/outcomes", Documents.Pain("knees", 4, 3));
        Assert.Equal(HttpStatusCode.Created, outcome.StatusCode);

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/progress");

        JsonElement progress = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, progress.GetProperty("done").GetInt32());
        Assert.Equal(0.5, progress.GetProperty("adherence").GetDouble());
    }

    [Fact]
    public async Task No_one_starts_another_persons_routine()
    {
        using Person owner = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        JsonElement routine = await RoutineAsync(owner, Documents.DeskNeck);

        using HttpResponseMessage response = await other.Client.PostAsync($"/api/routines/{routine.RoutineId()}/start", null);
        using HttpResponseMessage progress = await owner.Client.GetAsync("/api/me/progress");

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await progress.JsonAsync(HttpStatusCode.OK)).GetProperty("done").GetInt32());
    }

    private static async Task<JsonElement> RoutineAsync(Person person, string assessment)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", assessment);
        return await response.JsonAsync(HttpStatusCode.Created);
    }
}
