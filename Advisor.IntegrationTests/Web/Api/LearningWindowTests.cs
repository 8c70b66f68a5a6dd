using System.Text.Json;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Host.Web;
using Advisor.Host.Web.Learning;
using Advisor.IntegrationTests.Web.Support;
using Advisor.Storage.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// A host over a store holding more outcomes than its <c>LearningWindow</c> starts from the most
/// recent window only, and someone whose outcomes all came before it is paged in, on return, with
/// every one of them: the same evidence as a host that replayed the whole store.
/// </summary>
public sealed class LearningWindowTests
{
    private const int Window = 1_000;
    private const int Crowd = Window + 200;

    [Fact]
    public async Task A_start_learns_the_window_and_someone_older_is_paged_in_with_all_their_outcomes()
    {
        (AdvisorFactory first, Person early, _) = await StoreAsync();
        using Person disposed = early;
        IReadOnlyList<StoredOutcome> earlyOutcomes = await StoredOutcomesAsync(first, early);

        // The reference: a host whose window holds the whole store replays every outcome.
        Dictionary<string, string> expected;
        await using (var unbounded = new AdvisorFactory(first.DatabasePath, ("ModelFile", first.DatabasePath + ".unbounded.ranker")))
        {
            await unbounded.InitializeAsync();
            RankerRebuild whole = unbounded.Services.GetRequiredService<RankerRebuild>();
            Assert.False(whole.Windowed);
            Assert.Equal(Crowd + 3, whole.Learned);
            expected = Evidence(await LearningJourney.RoutineAsync(unbounded.ClientWith(early.Token)));
        }

        await using var windowed = new AdvisorFactory(first.DatabasePath,
            ("LearningWindow", Window.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ModelFile", first.DatabasePath + ".windowed.ranker"));
        await windowed.InitializeAsync();

        RankerRebuild start = windowed.Services.GetRequiredService<RankerRebuild>();
        Assert.True(start.Windowed);
        Assert.Equal(Window, start.Learned);
        var ranker = (ThompsonRanker)windowed.Services.GetRequiredService<IRanker>();
        Assert.False(ranker.Knows(early.UserId));
        // Stamped within seconds of the window, yet counted as learned: read back into the layer, never learned late.
        LearningOrder learning = windowed.Services.GetRequiredService<LearningOrder>();
        Assert.All(earlyOutcomes, o => Assert.True(learning.Exclusively(l => l.Covers(new Stamp(o.LoggedAt, o.OutcomeId)))));
        Assert.All(earlyOutcomes, o => Assert.False(learning.Exclusively(l => l.Claim(new Stamp(o.LoggedAt, o.OutcomeId)))));

        Dictionary<string, string> paged = Evidence(await LearningJourney.RoutineAsync(windowed.ClientWith(early.Token)));

        Assert.True(ranker.Knows(early.UserId), "the early person's layer is paged in from the store");
        // Both routines are ordered by their own shared part, so they may keep different items; the evidence of those in both is the same.
        string[] both = [.. expected.Keys.Intersect(paged.Keys)];
        // Served in each of the person's three routines: the layer holds all three outcomes.
        Assert.Contains(both, id => expected[id].Contains("of the 3 routines", StringComparison.Ordinal));
        Assert.All(both, id => Assert.Equal(expected[id], paged[id]));
    }

    [Fact]
    public async Task A_retraining_trains_and_relearns_on_the_window_and_pages_people_in_again()
    {
        (AdvisorFactory first, Person early, int crowdItems) = await StoreAsync();
        using Person disposed = early;
        await using var host = new AdvisorFactory(first.DatabasePath,
            ("LearningWindow", Window.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ModelFile", first.DatabasePath + ".retrained.ranker"),
            ("RetrainAfterOutcomes", "100000000"), ("RetrainMinutes", "0"));
        await host.InitializeAsync();
        var ranker = (ThompsonRanker)host.Services.GetRequiredService<IRanker>();
        Dictionary<string, string> before = Evidence(await LearningJourney.RoutineAsync(host.ClientWith(early.Token)));
        Assert.True(ranker.Knows(early.UserId));

        await host.Services.GetRequiredService<PopulationRetraining>().RetrainAsync(CancellationToken.None);

        // Trained on the window alone: the crowd's last outcomes, each of the same routine.
        Assert.Equal((long)Window * crowdItems, ranker.Population!.Items);
        Assert.False(ranker.Knows(early.UserId), "a ranker relearned from the window holds no layer");
        Dictionary<string, string> after = Evidence(await LearningJourney.RoutineAsync(host.ClientWith(early.Token)));
        Assert.True(ranker.Knows(early.UserId), "paged in again from the store");
        string[] both = [.. before.Keys.Intersect(after.Keys)];
        Assert.Contains(both, id => after[id].Contains("of the 3 routines", StringComparison.Ordinal));
        Assert.All(both, id => Assert.Equal(before[id], after[id]));
    }

    /// <summary>
    /// A stopped host's SQLite file holding someone who logged three routines, then more outcomes of
    /// a crowd than the window, all later; with the person, and how many items the crowd's routine serves.
    /// </summary>
    private static async Task<(AdvisorFactory First, Person Early, int CrowdItems)> StoreAsync()
    {
        var first = new AdvisorFactory(null);
        await first.InitializeAsync();
        Person early = await first.NewPersonAsync();
        for (int i = 0; i < 3; i++) await LearningJourney.LogAsync(early.Client, pain: 3);
        using Person crowd = await first.NewPersonAsync();
        JsonElement routine = await LearningJourney.RoutineAsync(crowd.Client);
        await CrowdLogsAsync(first.Store, crowd, routine);
        await first.DisposeAsync();
        int items = routine.GetProperty("phases").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength());
        return (first, early, items);
    }

    private static async Task<IReadOnlyList<StoredOutcome>> StoredOutcomesAsync(AdvisorFactory first, Person person)
    {
        await using Advisor.Storage.Sql.SqlStore store = Advisor.Storage.Sql.StoreFactory.Open(first.DatabasePath, 5);
        return await store.OutcomesAsync(person.UserId);
    }

    // Written through the store, stamped as the host stamps, so the crowd's outcomes are the newest.
    private static async Task CrowdLogsAsync(IHistoryStore store, Person crowd, JsonElement routine)
    {
        string[] firsts = [.. routine.GetProperty("phases").EnumerateArray()
            .Select(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("exerciseId").GetString()!).FirstOrDefault())
            .OfType<string>()];
        string body = JsonSerializer.Serialize(new { completed = firsts, ratings = firsts.ToDictionary(id => id, _ => "too-hard") });
        for (int i = 0; i < Crowd; i++)
        {
            Stamp stamp = Stamp.Next(TimeProvider.System);
            OutcomeSave saved = await store.SaveOutcomeAsync(crowd.UserId, new NewOutcome(stamp.Id, routine.RoutineId(), stamp.At, body, null, "crowd"));
            Assert.Equal(OutcomeSaveStatus.Stored, saved.Status);
        }
    }

    /// <summary>What the routine says of the person's own log, by exercise: the evidence their layer holds.</summary>
    private static Dictionary<string, string> Evidence(JsonElement routine) =>
        routine.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
            .Select(i => (Id: i.GetProperty("exerciseId").GetString()!, Detail: i.GetProperty("because").EnumerateArray()
                .Select(b => b.TryGetProperty("detail", out JsonElement d) ? d.GetString() : null).OfType<string>().FirstOrDefault()))
            .Where(i => i.Detail?.Contains("you ", StringComparison.Ordinal) == true)
            .ToDictionary(i => i.Id, i => i.Detail![i.Detail!.IndexOf("you ", StringComparison.Ordinal)..]);
}
