using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Xunit;

namespace Advisor.UnitTests.Personalization;

/// <summary>When the rules' fixed pairs leave the ranker nothing to choose, and when they do not.</summary>
public class PhaseOrderTests
{
    [Fact]
    public void A_chain_through_every_candidate_is_fixed_and_any_scores_keep_the_rules_order()
    {
        var order = new PhaseOrder(3, [new Precedence(0, 1), new Precedence(1, 2)]);

        Assert.True(order.IsFixed);
        var places = new int[3];
        order.Fill([0.1, 0.5, 0.9], places);
        Assert.Equal([0, 1, 2], places);
    }

    [Fact]
    public void One_candidate_outside_the_chain_leaves_the_order_open()
    {
        var order = new PhaseOrder(3, [new Precedence(0, 1)]);

        Assert.False(order.IsFixed);
        var places = new int[3];
        order.Fill([0.1, 0.5, 0.9], places);
        Assert.Equal([2, 0, 1], places);
    }

    [Fact]
    public void A_single_candidate_is_fixed()
    {
        Assert.True(new PhaseOrder(1, []).IsFixed);
    }
}
