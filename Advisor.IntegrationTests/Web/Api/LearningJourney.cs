using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>Routines and outcomes through the API, to give a host's ranker something to learn.</summary>
internal static class LearningJourney
{
    private static readonly string GlutesWontFire = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "examples", "glutes-wont-fire.json"));

    /// <summary>A new routine for the person (the same assessment each time).</summary>
    public static async Task<JsonElement> RoutineAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", GlutesWontFire);
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>A routine, then an outcome in which the first item of each phase was done and rated right and the rest skipped.</summary>
    public static async Task LogAsync(HttpClient client, int pain = 3)
    {
        JsonElement routine = await RoutineAsync(client);
        var items = routine.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("exerciseId").GetString()!).ToArray()).ToArray();
        string[] firsts = items.Where(p => p.Length > 0).Select(p => p[0]).ToArray();
        string outcome = JsonSerializer.Serialize(new
        {
            completed = firsts,
            painBefore = new Dictionary<string, int> { ["lower-back"] = 5 },
            painAfter = new Dictionary<string, int> { ["lower-back"] = pain },
            ratings = firsts.ToDictionary(id => id, _ => "right"),
        });
        using HttpResponseMessage logged = await client.PostJsonAsync($"/api/routines/{routine.RoutineId()}/outcomes", outcome);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
    }

    /// <summary>The expected reward the ranker gave each served exercise of a routine.</summary>
    public static Dictionary<string, double> Scores(JsonElement routine) =>
        routine.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
            .ToDictionary(i => i.GetProperty("exerciseId").GetString()!, i => i.GetProperty("personalization").GetProperty("score").GetDouble());
}
