using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>A new outcome's Location header names an address the host serves, and only to the person who logged it.</summary>
public sealed class OutcomeLocationTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task The_location_of_a_new_outcome_answers_with_what_was_logged()
    {
        using Person person = await host.NewPersonAsync();
        string routineId = await RoutineAsync(person);
        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.Pain("neck", 5, 2));
        JsonElement receipt = await logged.JsonAsync(HttpStatusCode.Created);
        Uri location = Assert.IsType<Uri>(logged.Headers.Location);

        using HttpResponseMessage found = await person.Client.GetAsync(location);

        JsonElement stored = await found.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(receipt.GetProperty("outcomeId").GetString(), stored.GetProperty("outcomeId").GetString());
        Assert.Equal(routineId, stored.GetProperty("routineId").GetString());
        Assert.Equal(5, stored.GetProperty("outcome").GetProperty("painBefore").GetProperty("neck").GetInt32());
        Assert.Equal(2, stored.GetProperty("outcome").GetProperty("painAfter").GetProperty("neck").GetInt32());
    }

    [Fact]
    public async Task Someone_else_s_outcome_and_an_unknown_one_are_404_naming_what_was_not_found()
    {
        using Person person = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        string routineId = await RoutineAsync(person);
        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.Pain("neck", 4, 3));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Uri location = logged.Headers.Location!;

        using HttpResponseMessage theirs = await other.Client.GetAsync(location);
        using HttpResponseMessage unknown = await person.Client.GetAsync($"/api/routines/{routineId}/outcomes/no-such-outcome");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Contains("routine", await theirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("outcome", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> RoutineAsync(Person person)
    {
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        return (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
    }
}
