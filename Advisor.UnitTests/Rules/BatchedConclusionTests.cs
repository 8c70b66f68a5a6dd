using Advisor.Engine.Reasoning;
using Advisor.UnitTests.Guidance;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>A firing's conclusions go into working memory as one batch, with the same meaning as one at a time.</summary>
public sealed class BatchedConclusionTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private IConclusions Ticks() =>
        GuidanceRules.Compile(
                RuleMetadataTests.Definitions(typeof(FirstTickBringsTheNext), typeof(SecondTickGivesWay), typeof(ThirdTickBringsTheSecondBack)),
                guidance.Catalog)
            .Conclude([new Tick(0)]);

    [Fact]
    public void A_known_fact_and_a_repeated_one_in_a_batch_enter_once_and_keep_every_justification()
    {
        IConclusions conclusions = Ticks();

        Assert.True(conclusions.IsGiven(new Tick(0)));
        Assert.Single(conclusions.JustificationsOf(new Tick(0)));
        Assert.Single(conclusions.Query<Tick>(), t => t.Count == 0);
        Assert.Equal(3, conclusions.JustificationsOf(new Tick(1)).Count);
    }

    [Fact]
    public void A_withdrawn_fact_concluded_again_enters_again()
    {
        IConclusions conclusions = Ticks();

        // Tick 1 entered from the batch, was withdrawn, came back from tick 2 and was withdrawn again:
        // the rule that withdraws it fired twice, concluding tick 2 each time.
        Assert.Equal(2, conclusions.JustificationsOf(new Tick(2)).Count);
        Assert.Equal([0, 2], conclusions.Query<Tick>().Select(t => t.Count).Order());
    }
}
