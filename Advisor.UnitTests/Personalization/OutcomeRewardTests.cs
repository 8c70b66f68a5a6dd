using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>An item's reward: 0 when not done, up to 1 for done, rated right and followed by a clear fall in pain where it works.</summary>
public sealed class OutcomeRewardTests
{
    private static Exercise BackLift => GuidanceFixture.Shared.Exercise("back-lift");

    [Fact]
    public void Not_done_is_worth_nothing_whatever_else_the_outcome_says()
    {
        var outcome = new Outcome { Completed = ["arch-and-flatten"], PainBefore = Pain(6), PainAfter = Pain(1) };

        Assert.Equal(0, OutcomeReward.For(BackLift, outcome));
    }

    [Fact]
    public void Done_rated_right_with_pain_falling_three_points_is_worth_everything()
    {
        var outcome = new Outcome { Completed = ["back-lift"], Ratings = new Dictionary<string, Rating> { ["back-lift"] = Rating.Right }, PainBefore = Pain(6), PainAfter = Pain(3) };

        Assert.Equal(1, OutcomeReward.For(BackLift, outcome), 10);
    }

    [Fact]
    public void Rating_orders_right_above_effortless_above_too_hard()
    {
        double Rated(Rating rating) => OutcomeReward.For(BackLift, new Outcome { Ratings = new Dictionary<string, Rating> { ["back-lift"] = rating } });

        Assert.True(Rated(Rating.Right) > Rated(Rating.Effortless));
        Assert.True(Rated(Rating.Effortless) > Rated(Rating.TooHard));
        Assert.True(Rated(Rating.TooHard) > 0, "a rated item was done");
    }

    [Fact]
    public void An_outcome_that_does_not_say_what_was_done_counts_every_item_as_done_and_is_neutral()
    {
        Assert.Equal(0.2 + 0.5 * 0.5 + 0.3 * 0.5, OutcomeReward.For(BackLift, new Outcome()), 10);
    }

    [Fact]
    public void Every_reward_is_between_0_and_1()
    {
        var random = new Random(5);
        var catalog = GuidanceFixture.Shared.Catalog;
        for (int n = 0; n < 2000; n++)
        {
            Exercise exercise = catalog.Exercises[random.Next(catalog.Exercises.Count)];
            var regions = Enum.GetValues<Region>().Where(_ => random.NextDouble() < 0.4).ToArray();
            var outcome = new Outcome
            {
                Completed = catalog.Exercises.Where(_ => random.NextDouble() < 0.3).Select(e => e.Id).ToArray(),
                Ratings = catalog.Exercises.Where(_ => random.NextDouble() < 0.2).ToDictionary(e => e.Id, _ => (Rating)random.Next(3)),
                PainBefore = regions.ToDictionary(r => r, _ => random.Next(11)),
                PainAfter = regions.ToDictionary(r => r, _ => random.Next(11)),
            };

            Assert.InRange(OutcomeReward.For(exercise, outcome), 0, 1);
        }
    }

    private static Dictionary<Region, int> Pain(int lowerBack) => new() { [Region.LowerBack] = lowerBack };
}
