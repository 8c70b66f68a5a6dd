using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>IContext.Halt stops the current Fire() once the halting rule's actions have run.</summary>
public class HaltTests
{
    [Fact]
    public void Halt_stops_Fire_after_the_halting_rules_actions()
    {
        var session = Sessions.Create(new StopOnSignal(), new Work());
        var fired = session.RecordFirings();
        session.InsertAll([new Signal("stop"), new Item("a"), new Item("b")]);

        Assert.Equal(1, session.Fire());

        Assert.True(session.IsHalted);
        Assert.Equal(["StopOnSignal"], fired);
        // The action after Halt() still ran.
        Assert.Contains(new Note("stopping"), session.Query<Note>());
    }

    [Fact]
    public void Fire_after_a_halt_carries_on_with_the_pending_activations()
    {
        var session = Sessions.Create(new StopOnSignal(), new Work());
        var fired = session.RecordFirings();
        session.InsertAll([new Signal("stop"), new Item("a"), new Item("b")]);
        session.Fire();

        Assert.Equal(2, session.Fire());

        Assert.False(session.IsHalted);
        Assert.Equal(["StopOnSignal", "Work", "Work"], fired);
    }

    [Fact]
    public void A_run_to_the_fixpoint_is_not_halted()
    {
        var session = Sessions.Create(new StopOnSignal(), new Work());
        session.Insert(new Item("a"));

        Assert.False(session.IsHalted);
        Assert.Equal(1, session.Fire());
        Assert.False(session.IsHalted);
    }

    [Fact]
    public void Halt_in_the_middle_of_a_chain_leaves_the_rest_for_the_next_Fire()
    {
        var session = Sessions.Create(new Work(), new HaltOnSecondNote());
        var fired = session.RecordFirings();
        session.InsertAll([new Item("a"), new Item("b"), new Item("c")]);

        // HaltOnSecondNote (High) halts as soon as note "worked b" appears: after two Work firings.
        Assert.Equal(3, session.Fire());
        Assert.True(session.IsHalted);
        Assert.Equal(["Work", "Work", "HaltOnSecondNote"], fired);

        Assert.Equal(1, session.Fire());
        Assert.False(session.IsHalted);
        Assert.Equal(3, session.Query<Note>().Count);
    }

    [Priority(RulePriority.Highest)]
    public sealed class StopOnSignal : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "stop");
            Then()
                .Do(ctx => ctx.Halt())
                .Do(ctx => ctx.Insert(new Note("stopping")));
        }
    }

    public sealed class Work : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(new Note("worked " + item.Name)));
        }
    }

    [Priority(RulePriority.High)]
    public sealed class HaltOnSecondNote : Rule
    {
        public override void Define()
        {
            When().Match<Note>(n => n.Text == "worked b");
            Then().Do(ctx => ctx.Halt());
        }
    }
}
