using Advisor.UnitTests.Personalization;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Learning;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// The ranker kept beside an SQLite store: trained in the background, saved with the stamp it
/// covers, loaded at restart with only newer outcomes replayed, rebuilt when the file is damaged,
/// and never holding an erased person.
/// </summary>
public sealed class SavedRankerTests
{
    private static readonly (string, string)[] RetrainSoon = [("RetrainAfterOutcomes", "8")];

    [Fact]
    public async Task A_restart_loads_the_saved_ranker_and_replays_only_the_outcomes_logged_since()
    {
        var first = new AdvisorFactory(null, RetrainSoon);
        await first.InitializeAsync();
        using Person person = await first.NewPersonAsync();
        for (int i = 0; i < 8; i++) await LearningJourney.LogAsync(person.Client, pain: 2 + i % 3);
        PopulationRetraining retraining = first.Services.GetRequiredService<PopulationRetraining>();
        Poll.Until(() => retraining.Trainings >= 1, TimeSpan.FromSeconds(60), "the first population model");
        string saved = first.DatabasePath + ".ranker";
        byte[] atTraining = await File.ReadAllBytesAsync(saved);
        for (int i = 0; i < 3; i++) await LearningJourney.LogAsync(person.Client, pain: 4);
        var live = (ThompsonRanker)first.Services.GetRequiredService<IRanker>();
        Assert.NotNull(live.Population);
        await first.DisposeAsync();
        // As if the host had been killed before it could save again on stopping: the second host reads the file of the training.
        string killed = first.DatabasePath + ".killed.ranker";
        await File.WriteAllBytesAsync(killed, atTraining);

        await using var second = new AdvisorFactory(first.DatabasePath, [.. RetrainSoon, ("ModelFile", killed)]);
        await second.InitializeAsync();

        RankerRebuild start = second.Services.GetRequiredService<RankerRebuild>();
        Assert.True(start.Restored);
        Assert.Equal(3, start.Learned);
        var restarted = (ThompsonRanker)second.Services.GetRequiredService<IRanker>();
        Assert.True(live.SameModelAs(restarted), "the restarted ranker differs from the live one");
        Assert.Equal(live.Population!.Items, restarted.Population!.Items);
    }

    [Fact]
    public async Task A_damaged_saved_ranker_is_rebuilt_from_the_store_and_the_host_serves()
    {
        var first = new AdvisorFactory(null);
        await first.InitializeAsync();
        using Person person = await first.NewPersonAsync();
        for (int i = 0; i < 4; i++) await LearningJourney.LogAsync(person.Client);
        var live = (ThompsonRanker)first.Services.GetRequiredService<IRanker>();
        await first.DisposeAsync();
        Assert.True(File.Exists(first.DatabasePath + ".ranker"), "stopping saves the ranker");
        string damaged = first.DatabasePath + ".damaged.ranker";
        await File.WriteAllTextAsync(damaged, "not a zip");

        await using var second = new AdvisorFactory(first.DatabasePath, ("ModelFile", damaged));
        await second.InitializeAsync();

        RankerRebuild start = second.Services.GetRequiredService<RankerRebuild>();
        Assert.False(start.Restored);
        Assert.Equal(4, start.Learned);
        Assert.True(live.SameModelAs((ThompsonRanker)second.Services.GetRequiredService<IRanker>()));
        using HttpResponseMessage routine = await second.ClientWith(person.Token).PostJsonAsync("/api/routines", """{"painPoints":[],"setting":"desk","day":"workday","minutes":3}""");
        Assert.Equal(HttpStatusCode.Created, routine.StatusCode);
    }

    [Fact]
    public async Task With_room_for_two_layers_the_file_holds_the_two_most_recent_and_a_restarted_host_pages_the_others_in()
    {
        (string, string) roomForTwo = ("ResidentPeople", "2");
        var first = new AdvisorFactory(null, roomForTwo);
        await first.InitializeAsync();
        Person[] people = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => first.NewPersonAsync()));
        foreach (Person person in people) await LearningJourney.LogAsync(person.Client);
        var catalog = first.Services.GetRequiredService<ExerciseCatalog>();
        await first.DisposeAsync();

        var reread = new ThompsonRanker(catalog);
        new ModelFile(first.DatabasePath + ".ranker").LoadInto(reread, catalog);
        Assert.Equal(people.TakeLast(2).Select(p => p.UserId).Order(), reread.PersonIds().Order());

        await using var second = new AdvisorFactory(first.DatabasePath, roomForTwo);
        await second.InitializeAsync();
        var ranker = (ThompsonRanker)second.Services.GetRequiredService<IRanker>();
        Assert.True(second.Services.GetRequiredService<RankerRebuild>().Restored);
        Assert.False(ranker.Knows(people[0].UserId));

        JsonElement routine = await LearningJourney.RoutineAsync(second.ClientWith(people[0].Token));
        using Person newcomer = await second.NewPersonAsync();
        JsonElement newcomers = await LearningJourney.RoutineAsync(newcomer.Client);

        Assert.True(ranker.Knows(people[0].UserId), "the first person's layer is paged in from the store");
        // Their own outcome moves their expected rewards away from a newcomer's.
        Assert.NotEqual(LearningJourney.Scores(newcomers), LearningJourney.Scores(routine));
        Assert.Equal(2, ranker.People);
        foreach (Person person in people) person.Dispose();
    }

    [Fact]
    public async Task Erasing_a_person_removes_them_from_the_ranker_and_from_the_saved_file()
    {
        await using var host = new AdvisorFactory(null);
        await host.InitializeAsync();
        using Person leaving = await host.NewPersonAsync();
        using Person staying = await host.NewPersonAsync();
        await LearningJourney.LogAsync(leaving.Client);
        await LearningJourney.LogAsync(staying.Client);
        var ranker = (ThompsonRanker)host.Services.GetRequiredService<IRanker>();
        Assert.True(ranker.Knows(leaving.UserId));

        using HttpResponseMessage erased = await leaving.Client.DeleteAsync("/api/me");
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        Assert.False(ranker.Knows(leaving.UserId));
        Assert.True(ranker.Knows(staying.UserId));
        string saved = host.DatabasePath + ".ranker";
        Poll.Until(() => File.Exists(saved), TimeSpan.FromSeconds(10), "the ranker saved after the erasure");
        var catalog = host.Services.GetRequiredService<ExerciseCatalog>();
        var reread = new ThompsonRanker(catalog);
        new ModelFile(saved).LoadInto(reread, catalog);
        Assert.False(reread.Knows(leaving.UserId));
        Assert.True(reread.Knows(staying.UserId));
    }
}
