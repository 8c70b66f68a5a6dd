using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>A condition or action that throws surfaces as a <see cref="RuleEvaluationException"/> naming the rule.</summary>
public class EvaluationErrorTests
{
    [Fact]
    public void A_throwing_single_fact_condition_names_the_rule_and_condition()
    {
        var session = Sessions.Create(new PerUnit());

        // Single-fact conditions run as the fact is inserted.
        var error = Assert.Throws<RuleEvaluationException>(() => session.Insert(new Item("empty", 0)));

        Assert.Equal("PerUnit", error.Rule);
        Assert.Contains("Rule 'PerUnit' failed evaluating condition 'i => ((100 / i.Value) > 10)'", error.Message);
        Assert.IsType<DivideByZeroException>(error.InnerException);
    }

    [Fact]
    public void A_throwing_join_condition_names_the_rule()
    {
        var session = Sessions.Create(new ShareOfTeam());
        session.InsertAll([new Item("a", 10), new TaskInfo("a", 0)]);

        var error = Assert.Throws<RuleEvaluationException>(() => session.Fire());

        Assert.Equal("ShareOfTeam", error.Rule);
        Assert.Contains("condition 't => ((item.Value / t.Hours) > 1)'", error.Message);
        Assert.IsType<DivideByZeroException>(error.InnerException);
    }

    [Fact]
    public void A_throwing_action_names_the_rule_and_action()
    {
        var session = Sessions.Create(new Explodes());
        session.Insert(new Signal("boom"));

        var error = Assert.Throws<RuleEvaluationException>(() => session.Fire());

        Assert.Equal("Explodes", error.Rule);
        Assert.Contains("failed evaluating action", error.Message);
        Assert.Contains("Fail", error.Message);
        Assert.Equal("exploded on boom", error.InnerException!.Message);
    }

    [Fact]
    public void A_condition_throwing_on_a_fact_an_action_inserts_names_the_rule_of_the_condition()
    {
        // InsertsEmptyItem's action inserts an item PerUnit's condition cannot judge: the error
        // names PerUnit, whose condition threw, not the rule whose action inserted the fact.
        var session = Sessions.Create(new InsertsEmptyItem(), new PerUnit());
        session.Insert(new Signal("go"));

        var error = Assert.Throws<RuleEvaluationException>(() => session.Fire());

        Assert.Equal("PerUnit", error.Rule);
        Assert.IsType<DivideByZeroException>(error.InnerException);
    }

    [Fact]
    public void An_action_updating_a_fact_not_in_working_memory_names_the_rule()
    {
        var session = Sessions.Create(new UpdatesAStranger());
        session.Insert(new Signal("go"));

        var error = Assert.Throws<RuleEvaluationException>(() => session.Fire());

        Assert.Equal("UpdatesAStranger", error.Rule);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    public static bool Fail(Signal signal) => throw new InvalidOperationException("exploded on " + signal.Name);

    public sealed class PerUnit : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => 100 / i.Value > 10);
            Then().Do(ctx => ctx.Insert(new Note("ok")));
        }
    }

    public sealed class ShareOfTeam : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Match<TaskInfo>(t => item.Value / t.Hours > 1);
            Then().Do(ctx => ctx.Insert(new Note("share")));
        }
    }

    public sealed class Explodes : Rule
    {
        public override void Define()
        {
            Signal signal = null!;
            When().Match(() => signal);
            Then().Do(ctx => Fail(signal));
        }
    }

    public sealed class InsertsEmptyItem : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Item("empty", 0)));
        }
    }

    public sealed class UpdatesAStranger : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Update(new Counter()));
        }
    }
}
