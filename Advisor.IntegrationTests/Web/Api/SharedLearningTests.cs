using Advisor.UnitTests.Personalization;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>Two hosts on one PostgreSQL store learn each other's outcomes, so a person's next routine reflects their last outcome whichever host served it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedLearningTests(PostgresFixture postgres)
{
    private static readonly (string, string)[] QuickPolls = [("SharedPollMilliseconds", "200")];

    [Fact]
    public async Task Each_host_learns_the_outcomes_the_other_stored_within_seconds()
    {
        PostgresDatabase database = await postgres.CreateDatabaseAsync();
        await using var one = new AdvisorFactory(database.ConnectionString, QuickPolls);
        await one.InitializeAsync();
        await using var two = new AdvisorFactory(database.ConnectionString, QuickPolls);
        await two.InitializeAsync();
        var rankerOne = (ThompsonRanker)one.Services.GetRequiredService<IRanker>();
        var rankerTwo = (ThompsonRanker)two.Services.GetRequiredService<IRanker>();
        using Person person = await one.NewPersonAsync();
        using HttpClient atTwo = two.ClientWith(person.Token);
        var before = LearningJourney.Scores(await LearningJourney.RoutineAsync(atTwo));

        await LearningJourney.LogAsync(person.Client);
        Poll.Until(() => rankerTwo.Knows(person.UserId), TimeSpan.FromSeconds(5), "host two learning host one's outcome");
        await LearningJourney.LogAsync(atTwo, pain: 1);
        Poll.Until(() => rankerOne.ItemsLearned == rankerTwo.ItemsLearned, TimeSpan.FromSeconds(5), "host one learning host two's outcome");

        // Both learned the same two outcomes in the same order, so both expect the same of each exercise.
        var fromOne = LearningJourney.Scores(await LearningJourney.RoutineAsync(person.Client));
        var fromTwo = LearningJourney.Scores(await LearningJourney.RoutineAsync(atTwo));
        Assert.True(rankerOne.SameModelAs(rankerTwo), "the two hosts hold different models");
        foreach ((string exercise, double score) in fromOne.Where(s => fromTwo.ContainsKey(s.Key))) Assert.Equal(score, fromTwo[exercise]);
        Assert.Contains(fromTwo, s => before.TryGetValue(s.Key, out double was) && was != s.Value);
    }
}
