using Advisor.UnitTests.Personalization;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Engine.Catalog;
using Advisor.Engine.Reasoning;
using Advisor.Host.Web.Learning;
using Advisor.Host.Web.People;
using Advisor.Storage.Records;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// The ranker through the API: a person's favourites come first with the reason, switching it off
/// gives the rules' routine exactly, and the live model always equals a rebuild from the store.
/// </summary>
public sealed class PersonalizationApiTests
{
    private const string Favourite = "hip-circles";
    private static readonly string[] FirstLineReleases = ["iliopsoas-release", "hip-rotation", "quadriceps-release"];
    private static readonly string GlutesWontFire = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "examples", "glutes-wont-fire.json"));

    [Fact]
    public async Task Outcomes_that_favour_one_interchangeable_release_bring_it_first_after_the_first_line_ones_within_three_routines_and_say_why()
    {
        await using var host = new AdvisorFactory(null);
        await host.InitializeAsync();
        using Person person = await host.NewPersonAsync();

        JsonElement routine = await NewRoutineAsync(person);
        Assert.NotEqual(Favourite, Interchangeable(routine)[0].GetProperty("exerciseId").GetString());
        for (int i = 0; i < 3 && Interchangeable(routine)[0].GetProperty("exerciseId").GetString() != Favourite; i++)
        {
            await LogFavouringAsync(person, routine);
            routine = await NewRoutineAsync(person);
        }

        // G12's first-line releases keep their places, however the person rated them.
        Assert.Equal(FirstLineReleases, Releases(routine).Take(FirstLineReleases.Length).Select(i => i.GetProperty("exerciseId").GetString()));
        JsonElement first = Interchangeable(routine)[0];
        Assert.Equal(Favourite, first.GetProperty("exerciseId").GetString());
        JsonElement reason = first.GetProperty("because").EnumerateArray().Single(b => b.TryGetProperty("detail", out _));
        Assert.Contains("rated it right", reason.GetProperty("detail").GetString());
        Assert.InRange(first.GetProperty("personalization").GetProperty("probability").GetDouble(), 0.0001, 1);
    }

    [Fact]
    public async Task Switched_off_the_routine_is_the_rules_routine_exactly()
    {
        await using var host = new AdvisorFactory(null, ("Personalization", "false"));
        await host.InitializeAsync();
        using Person person = await host.NewPersonAsync();
        for (int i = 0; i < 3; i++) await LogFavouringAsync(person, await NewRoutineAsync(person));

        JsonElement served = await NewRoutineAsync(person);

        // From the whole log, not the summary the host kept: the two must give the same routine.
        var catalog = host.Services.GetRequiredService<ExerciseCatalog>();
        History history = new((await host.Store.OutcomesAsync(person.UserId))
            .Select(o => new LoggedOutcome(o.LoggedAt, OutcomeReader.Read(o.Outcome, catalog.Ids))).ToArray());
        // The host's own guidance and catalog, without its ranker: the rules' order alone.
        var rules = new Recommender(host.Services.GetRequiredService<IGuidance>(), catalog);
        Routine rulesOnly = rules.Recommend(AssessmentReader.Read(GlutesWontFire), history, served.RoutineId()).Routine;
        JsonSerializerOptions api = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.Equal(JsonSerializer.Serialize(rulesOnly, api), served.GetRawText());
        Assert.DoesNotContain("personalization", served.GetRawText());
    }

    [Fact]
    public async Task After_many_clients_log_at_once_the_live_model_equals_a_rebuild_from_the_store()
    {
        await using var live = new AdvisorFactory(null);
        await live.InitializeAsync();
        Person[] people = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => live.NewPersonAsync()));
        var routines = new List<(Person Person, JsonElement Routine)>();
        foreach (Person person in people)
            for (int i = 0; i < 3; i++) routines.Add((person, await NewRoutineAsync(person)));

        // Every routine gets several outcomes at once, each sent twice with its key, as a retrying client would.
        await Task.WhenAll(routines.SelectMany(r => Enumerable.Range(0, 4).Select(async n =>
        {
            string key = $"{r.Routine.RoutineId()}-{n}";
            string outcome = Outcome(r.Routine, pain: 2 + n);
            using HttpResponseMessage first = await r.Person.Client.PostJsonAsync($"/api/routines/{r.Routine.RoutineId()}/outcomes", outcome, key);
            using HttpResponseMessage retry = await r.Person.Client.PostJsonAsync($"/api/routines/{r.Routine.RoutineId()}/outcomes", outcome, key);
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        })));

        await using var rebuilt = new AdvisorFactory(live.DatabasePath);
        await rebuilt.InitializeAsync();
        var liveModel = (ThompsonRanker)live.Services.GetRequiredService<IRanker>();
        var rebuiltModel = (ThompsonRanker)rebuilt.Services.GetRequiredService<IRanker>();
        Assert.Equal(liveModel.ItemsLearned, rebuiltModel.ItemsLearned);
        Assert.True(liveModel.ItemsLearned > 0);
        Assert.True(liveModel.SameModelAs(rebuiltModel), "the live model differs from the one rebuilt from the store");
        foreach (Person person in people) person.Dispose();
    }

    [Fact]
    public async Task With_room_for_two_layers_a_person_dropped_for_others_gets_routines_from_their_own_outcomes_each_counted_once()
    {
        await using var host = new AdvisorFactory(null, ("ResidentPeople", "2"));
        await host.InitializeAsync();
        var ranker = (ThompsonRanker)host.Services.GetRequiredService<IRanker>();
        using Person person = await host.NewPersonAsync();
        Person[] others = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.NewPersonAsync()));
        (int rated, JsonElement routine) = await ThreeFavouringOutcomesAsync(person);
        await EveryoneElseLogsAsync(others);
        Assert.False(ranker.Knows(person.UserId), "four others since, with room for two: the person's layer was dropped");

        // Learned while dropped: paged back in from the store, which holds this outcome already.
        rated += RatesTheFavourite(routine);
        await LogFavouringAsync(person, routine);
        Assert.True(ranker.Knows(person.UserId));
        AssertFavouredFromOwnLog(await NewRoutineAsync(person), rated);

        // Dropped again, and paged in by the next routine.
        await EveryoneElseLogsAsync(others);
        Assert.False(ranker.Knows(person.UserId));
        AssertFavouredFromOwnLog(await NewRoutineAsync(person), rated);
        Assert.True(ranker.People <= 2, $"{ranker.People} layers held");
        foreach (Person other in others) other.Dispose();
    }

    [Fact]
    public async Task A_dropped_layer_is_kept_in_the_store_read_back_when_its_person_returns_and_erased_with_them()
    {
        await using var host = new AdvisorFactory(null, ("ResidentPeople", "2"));
        await host.InitializeAsync();
        var ranker = (ThompsonRanker)host.Services.GetRequiredService<IRanker>();
        var kept = host.Services.GetRequiredService<KeptLayers>();
        var store = host.Services.GetRequiredService<IHistoryStore>();
        using Person person = await host.NewPersonAsync();
        Person[] others = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.NewPersonAsync()));
        (int rated, _) = await ThreeFavouringOutcomesAsync(person);
        await EveryoneElseLogsAsync(others);
        Assert.False(ranker.Knows(person.UserId));
        await kept.WriteWaitingAsync(CancellationToken.None);
        Assert.NotNull(await store.KeptLayerAsync(person.UserId));
        Assert.True(kept.Written >= 1, "the dropped layers were written");

        AssertFavouredFromOwnLog(await NewRoutineAsync(person), rated);
        Assert.True(ranker.Knows(person.UserId));

        // Dropped again, its layer waiting to be written as they erase themselves: neither copy outlives them.
        await EveryoneElseLogsAsync(others);
        Assert.False(ranker.Knows(person.UserId));
        using (HttpResponseMessage erased = await person.Client.DeleteAsync("/api/me")) Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Null(kept.WaitingFor(person.UserId));
        await kept.WriteWaitingAsync(CancellationToken.None);
        Assert.Null(await store.KeptLayerAsync(person.UserId));
        foreach (Person other in others)
        {
            Assert.True(ranker.Knows(other.UserId) || await store.KeptLayerAsync(other.UserId) is not null, "the others' layers are still held or kept");
            other.Dispose();
        }
    }

    /// <summary>The favourite comes first after the first-line releases, and its reason counts each of the person's ratings once.</summary>
    private static void AssertFavouredFromOwnLog(JsonElement routine, int rated)
    {
        Assert.True(rated > 0, "the favourite was served");
        JsonElement first = Interchangeable(routine)[0];
        Assert.Equal(Favourite, first.GetProperty("exerciseId").GetString());
        string detail = first.GetProperty("because").EnumerateArray().Single(b => b.TryGetProperty("detail", out _)).GetProperty("detail").GetString()!;
        string times = rated switch { 1 => "once", 2 => "twice", _ => $"{rated} times" };
        Assert.Contains($"rated it right {times}", detail);
        Assert.Contains($"lower-back pain fell 2 points on average ({rated} routine", detail);
    }

    /// <summary>Three routines, each logged favouring the favourite; how many of them served it, and a fourth routine.</summary>
    private static async Task<(int Rated, JsonElement Routine)> ThreeFavouringOutcomesAsync(Person person)
    {
        int rated = 0;
        JsonElement routine = await NewRoutineAsync(person);
        for (int i = 0; i < 3; i++)
        {
            rated += RatesTheFavourite(routine);
            await LogFavouringAsync(person, routine);
            routine = await NewRoutineAsync(person);
        }

        return (rated, routine);
    }

    private static async Task EveryoneElseLogsAsync(IEnumerable<Person> others)
    {
        foreach (Person other in others) await LogFavouringAsync(other, await NewRoutineAsync(other));
    }

    private static int RatesTheFavourite(JsonElement routine) =>
        Releases(routine).Any(i => i.GetProperty("exerciseId").GetString() == Favourite) ? 1 : 0;

    private static async Task<JsonElement> NewRoutineAsync(Person person)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", GlutesWontFire);
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The release items after G12's first-line ones.</summary>
    private static JsonElement[] Interchangeable(JsonElement routine) =>
        Releases(routine).Where(i => !FirstLineReleases.Contains(i.GetProperty("exerciseId").GetString())).ToArray();

    private static JsonElement[] Releases(JsonElement routine) =>
        routine.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("phase").GetString() == "release")
            .GetProperty("items").EnumerateArray().ToArray();

    private static async Task LogFavouringAsync(Person person, JsonElement routine)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync($"/api/routines/{routine.RoutineId()}/outcomes", Outcome(routine, pain: 3));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>The favourite is done, rated right and followed by less pain; every other release is skipped and too hard.</summary>
    private static string Outcome(JsonElement routine, int pain)
    {
        string[] releases = Releases(routine).Select(i => i.GetProperty("exerciseId").GetString()!).ToArray();
        return JsonSerializer.Serialize(new
        {
            completed = new[] { Favourite }.Intersect(releases).ToArray(),
            painBefore = new Dictionary<string, int> { ["lower-back"] = 5 },
            painAfter = new Dictionary<string, int> { ["lower-back"] = pain },
            ratings = releases.ToDictionary(id => id, id => id == Favourite ? "right" : "too-hard"),
        });
    }
}
