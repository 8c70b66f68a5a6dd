using Advisor.Rules.Runtime;
using Advisor.UnitTests.Guidance;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>A looping rule set stops with an error naming the rule, rather than running forever or stopping quietly.</summary>
public sealed class FiringLimitTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    [Fact]
    public void A_looping_rule_is_named_when_the_limit_is_reached()
    {
        var looping = GuidanceRules.Compile(RuleMetadataTests.Definitions(typeof(TicksForever)), guidance.Catalog, firingLimit: 200);

        var error = Assert.Throws<FiringLimitExceededException>(() => looping.Conclude([new Tick(0)]));

        Assert.Equal("Ticks forever", error.Rule);
        Assert.Equal(200, error.Limit);
        Assert.Contains("\"Ticks forever\" fired 200 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_that_ends_within_the_limit_concludes_normally()
    {
        var looping = GuidanceRules.Compile(RuleMetadataTests.Definitions(typeof(TicksForever)), guidance.Catalog, firingLimit: 200);

        // With no tick to start from, nothing fires at all.
        Assert.Empty(looping.Conclude([]).Query<Tick>());
    }

    [Fact]
    public void A_limit_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GuidanceRules.Compile(guidance.Catalog, firingLimit: 0));
}
