using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>Session events are raised with the session as sender and the right rule, facts and author.</summary>
public class SessionEventTests
{
    [Fact]
    public void Insert_update_and_retract_by_the_caller_carry_the_fact_and_no_rule()
    {
        var counter = new Counter();
        var session = Sessions.Create(new NoteCounter());
        var log = Record(session);

        session.Insert(counter);
        session.Update(counter);
        session.Retract(counter);

        Assert.Equal(["inserted Counter(0) by caller", "updated Counter(0) by caller", "retracted Counter(0) by caller"], log);
    }

    [Fact]
    public void Changes_made_by_an_action_carry_the_rule()
    {
        var counter = new Counter();
        var session = Sessions.Create(new BumpAndSwap());
        session.InsertAll([counter, new Signal("old")]);
        var log = Record(session);

        session.Fire();

        Assert.Equal(
            [
                "firing BumpAndSwap [Counter(0), Signal { Name = old }]",
                "updated Counter(1) by BumpAndSwap",
                "retracted Signal { Name = old } by BumpAndSwap",
                "inserted Note { Text = swapped } by BumpAndSwap",
                "fired BumpAndSwap [Counter(1), Signal { Name = old }]",
            ],
            log);
    }

    [Fact]
    public void No_insert_event_for_an_equal_fact_or_a_retract_of_a_missing_one()
    {
        var session = Sessions.Create(new NoteCounter());
        session.Insert(new Item("a"));
        var log = Record(session);

        session.Insert(new Item("a"));
        session.Retract(new Item("b"));

        Assert.Empty(log);
    }

    [Fact]
    public void RuleFiring_comes_before_the_actions_and_RuleFired_after()
    {
        var session = Sessions.Create(new NoteCounter());
        var counter = new Counter();
        session.Insert(counter);
        var log = Record(session);

        session.Fire();

        Assert.Equal(
            ["firing NoteCounter [Counter(0)]", "inserted Note { Text = counter } by NoteCounter", "fired NoteCounter [Counter(0)]"],
            log);
    }

    [Fact]
    public void Event_arguments_hold_the_rule_definition_and_the_match_facts()
    {
        var session = Sessions.Create(new NoteCounter());
        var counter = new Counter();
        session.Insert(counter);
        var events = new List<(object? Sender, RuleFiringEventArgs Args)>();
        session.Events.RuleFiring += (sender, e) => events.Add((sender, e));
        session.Events.RuleFired += (sender, e) => events.Add((sender, e));

        session.Fire();

        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.Same(session, e.Sender);
            Assert.Equal("NoteCounter", e.Args.Rule.Name);
            Assert.Equal(typeof(NoteCounter), e.Args.Rule.Source);
            Assert.Same(counter, Assert.Single(e.Args.Facts));
        });
    }

    [Fact]
    public void ConditionFailed_names_the_rule_the_condition_and_the_fact()
    {
        var session = Sessions.Create(new HeavyItem());
        var failures = new List<(object? Sender, ConditionFailedEventArgs Args)>();
        session.Events.ConditionFailed += (sender, e) => failures.Add((sender, e));
        var light = new Item("light", 2);

        session.InsertAll([new Item("heavy", 20), light]);

        var (sender, failure) = Assert.Single(failures);
        Assert.Same(session, sender);
        Assert.Equal("HeavyItem", failure.Rule.Name);
        Assert.Equal("i => (i.Value > 10)", failure.Condition.Text);
        Assert.Same(light, failure.Fact);
    }

    [Fact]
    public void ConditionFailed_reports_the_first_failing_condition_only()
    {
        var session = Sessions.Create(new HeavyNamedItem());
        var failures = new List<string>();
        session.Events.ConditionFailed += (_, e) => failures.Add($"{e.Fact}: {e.Condition.Text}");

        session.InsertAll([new Item("a", 1), new Item("b", 1), new Item("c", 30)]);

        Assert.Equal(["Item { Name = a, Value = 1 }: i => (i.Name != \"a\")", "Item { Name = b, Value = 1 }: i => (i.Value > 10)"], failures);
    }

    private static List<string> Record(ISession session)
    {
        var log = new List<string>();
        string By(FactEventArgs e) => e.By?.Name ?? "caller";
        session.Events.FactInserted += (s, e) => log.Add($"inserted {e.Fact} by {By(e)}");
        session.Events.FactUpdated += (s, e) => log.Add($"updated {e.Fact} by {By(e)}");
        session.Events.FactRetracted += (s, e) => log.Add($"retracted {e.Fact} by {By(e)}");
        session.Events.RuleFiring += (s, e) => log.Add($"firing {e.Rule.Name} [{string.Join(", ", e.Facts)}]");
        session.Events.RuleFired += (s, e) => log.Add($"fired {e.Rule.Name} [{string.Join(", ", e.Facts)}]");
        return log;
    }

    public sealed class NoteCounter : Rule
    {
        public override void Define()
        {
            When().Match<Counter>();
            Then().Do(ctx => ctx.Insert(new Note("counter")));
        }
    }

    public sealed class BumpAndSwap : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            Signal signal = null!;
            When()
                .Match(() => counter, c => c.Value == 0)
                .Match(() => signal);
            Then()
                .Do(ctx => counter.Increment())
                .Do(ctx => ctx.Update(counter))
                .Do(ctx => ctx.Retract(signal))
                .Do(ctx => ctx.Insert(new Note("swapped")));
        }
    }

    public sealed class HeavyItem : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value > 10);
            Then().Do(ctx => ctx.Insert(new Note("heavy")));
        }
    }

    public sealed class HeavyNamedItem : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Name != "a", i => i.Value > 10);
            Then().Do(ctx => ctx.Insert(new Note("heavy")));
        }
    }
}
