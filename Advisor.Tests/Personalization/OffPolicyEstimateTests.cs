using Advisor.Engine.Personalization;

namespace Advisor.Tests.Personalization;

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
}
