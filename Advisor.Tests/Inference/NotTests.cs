using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Not is satisfied while no fact joins it, and follows inserts and retracts.</summary>
public class NotTests
{
    [Fact]
    public void Not_is_true_while_no_blocking_fact_exists()
    {
        var session = Sessions.Create(new UnblockedItem());
        session.InsertAll([new Item("a"), new Item("b"), new Block("b")]);

        Assert.Equal(1, session.Fire());

        Assert.Equal([new Note("free a")], session.Query<Note>());
    }

    [Fact]
    public void Not_turns_false_on_insert_and_true_again_on_retract()
    {
        var session = Sessions.Create(new UnblockedItem());
        session.Insert(new Item("a"));
        Assert.True(session.WhyNot("UnblockedItem").Matched);

        session.Insert(new Block("a"));
        Assert.False(session.WhyNot("UnblockedItem").Matched);
        Assert.Equal(0, session.Fire());

        session.Retract(new Block("a"));
        Assert.True(session.WhyNot("UnblockedItem").Matched);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void A_block_inserted_by_an_earlier_rule_stops_the_pending_match()
    {
        // BlockOnSignal (high priority) fires first and blocks "a" before UnblockedItem can fire.
        var session = Sessions.Create(new BlockOnSignal(), new UnblockedItem());
        var fired = session.RecordFirings();
        session.InsertAll([new Item("a"), new Item("b"), new Signal("block a")]);

        session.Fire();

        Assert.Equal(["BlockOnSignal", "UnblockedItem"], fired);
        Assert.Equal([new Note("free b")], session.Query<Note>());
    }

    [Fact]
    public void A_rule_of_only_Not_fires_on_an_empty_working_memory_and_again_after_the_fact_goes()
    {
        var session = Sessions.Create(new NothingBlocked());
        Assert.Equal(1, session.Fire());

        session.Insert(new Block("x"));
        Assert.Equal(0, session.Fire());

        session.Retract(new Block("x"));
        Assert.Equal(1, session.Fire());
    }

    public sealed class UnblockedItem : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Not<Block>(b => b.Item == item.Name);
            Then().Do(ctx => ctx.Insert(new Note("free " + item.Name)));
        }
    }

    [Priority(RulePriority.High)]
    public sealed class BlockOnSignal : Rule
    {
        public override void Define()
        {
            Signal signal = null!;
            When().Match(() => signal, s => s.Name.StartsWith("block "));
            Then().Do(ctx => ctx.Insert(new Block(signal.Name.Substring(6))));
        }
    }

    public sealed class NothingBlocked : Rule
    {
        public override void Define()
        {
            When().Not<Block>();
            Then().Do(ctx => ctx.Insert(new Signal("all clear")));
        }
    }
}
