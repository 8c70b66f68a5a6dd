using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>Self-normalized inverse propensity scoring over logged decisions.</summary>
public sealed class OffPolicyEstimateTests
{
    [Fact]
    public void Evaluating_the_logging_policy_itself_gives_the_mean_reward()
    {
        LoggedDecision[] logged = [new(0.5, 1, 0.5), new(0.25, 0, 0.25), new(1, 0.5, 1)];

        OffPolicyValue value = OffPolicyEstimate.SelfNormalized(logged);

        Assert.Equal(0.5, value.Value, 10);
        Assert.Equal(3, value.Decisions);
    }

    [Fact]
    public void A_target_policy_weighs_each_decision_by_target_over_propensity()
    {
        // Weights 2 and 0.5: (2·1 + 0.5·0) / 2.5 = 0.8; effective sample size 2.5² / 4.25.
        LoggedDecision[] logged = [new(0.25, 1, 0.5), new(0.5, 0, 0.25)];

        OffPolicyValue value = OffPolicyEstimate.SelfNormalized(logged);

        Assert.Equal(0.8, value.Value, 10);
        Assert.Equal(2.5 * 2.5 / 4.25, value.EffectiveSampleSize, 10);
    }

    [Fact]
    public void A_target_that_never_makes_the_logged_choices_has_no_estimate()
    {
        Assert.True(double.IsNaN(OffPolicyEstimate.SelfNormalized([new(0.5, 1, 0)]).Value));
        Assert.True(double.IsNaN(OffPolicyEstimate.SelfNormalized([]).Value));
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.5, 0.5)]
    [InlineData(0.5, -0.1)]
    [InlineData(0.5, 1.1)]
    public void Probabilities_outside_their_range_are_refused(double propensity, double target)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OffPolicyEstimate.SelfNormalized([new(propensity, 1, target)]));
    }

    [Fact]
    public void A_target_rankers_place_probabilities_sum_to_one_by_candidate_and_by_place_keep_the_fixed_pairs_and_are_certain_without_data()
    {
        IReadOnlyList<Exercise> candidates = GuidanceFixture.Shared.Catalog.Exercises.Take(8).ToArray();
        var request = new RankingRequest("target", "person-1", new Assessment { PainPoints = [new PainPoint(Region.Hips, 4)] },
            RoutinePhase.Release, candidates, [new Precedence(0, 3)]);

        double[,] untrained = Rankers.Fresh().PlaceProbabilities(request);
        var trained = Rankers.Fresh();
        Rankers.Train(trained, 200, 8);
        double[,] learned = trained.PlaceProbabilities(request);

        for (int i = 0; i < candidates.Count; i++)
        {
            Assert.Equal(1, untrained[i, i]);
            Assert.Equal(1, Enumerable.Range(0, candidates.Count).Sum(t => learned[i, t]), 9);
            Assert.Equal(1, Enumerable.Range(0, candidates.Count).Sum(c => learned[c, i]), 9);
        }

        Assert.Contains(Enumerable.Range(0, candidates.Count), i => learned[i, i] < 1);
        Assert.Equal(0, learned[3, 0]); // candidate 0 must come before candidate 3, so 3 is never first
    }
}
