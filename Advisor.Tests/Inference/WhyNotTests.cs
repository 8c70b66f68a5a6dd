using Advisor.Engine.Inference.Diagnostics;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Model;

namespace Advisor.Tests.Inference;

/// <summary>WhyNot names the pattern and condition that keep a rule from matching, with the values seen.</summary>
public class WhyNotTests
{
    [Fact]
    public void A_failing_alpha_condition_is_reported_with_the_values_it_saw()
    {
        var session = Sessions.Create(new HeavyItem());
        session.InsertAll([new Item("a", 3), new Item("b", 5)]);

        RuleDiagnosis diagnosis = session.WhyNot("HeavyItem");

        Assert.False(diagnosis.Matched);
        PatternReport blocking = Assert.IsType<PatternReport>(diagnosis.Blocking);
        Assert.Equal(1, blocking.Position);
        Assert.Equal(2, blocking.Candidates);
        Assert.Equal(0, blocking.PartialMatches);
        ConditionReport condition = Assert.Single(blocking.Conditions);
        Assert.Equal("i => (i.Value > 10)", condition.Condition.Text);
        Assert.Equal(0, condition.Passed);
        Assert.Equal(2, condition.Failed);
        Assert.Equal(["Item { Name = a, Value = 3 }", "Item { Name = b, Value = 5 }"], condition.FailedOn);
        Assert.Equal(
            "Rule 'HeavyItem' does not match: pattern 1 (Match Item item) fails: no Item satisfies " +
            "'i => (i.Value > 10)' (saw Item { Name = a, Value = 3 }; Item { Name = b, Value = 5 })",
            diagnosis.Summary);
    }

    [Fact]
    public void The_condition_that_rejects_most_is_named_and_earlier_ones_count_passes()
    {
        var session = Sessions.Create(new HeavyNamedItem());
        session.InsertAll([new Item("a", 30), new Item("b", 5), new Item("c", 1)]);

        PatternReport blocking = Assert.IsType<PatternReport>(session.WhyNot("HeavyNamedItem").Blocking);

        Assert.Equal(2, blocking.Conditions.Count);
        // "a" fails the name test; "b" and "c" pass it and fail the weight test, which rejects most.
        Assert.Equal((2, 1), (blocking.Conditions[0].Passed, blocking.Conditions[0].Failed));
        Assert.Equal((0, 2), (blocking.Conditions[1].Passed, blocking.Conditions[1].Failed));
        Assert.Equal(
            "pattern 1 (Match Item) fails: no Item satisfies 'i => (i.Value > 10)' " +
            "(saw Item { Name = b, Value = 5 }; Item { Name = c, Value = 1 })",
            blocking.Reason);
    }

    [Fact]
    public void No_fact_of_the_type_is_reported_as_such()
    {
        var session = Sessions.Create(new HeavyItem());
        session.Insert(new Person("ann"));

        RuleDiagnosis diagnosis = session.WhyNot("HeavyItem");

        Assert.Equal(0, diagnosis.Blocking!.Candidates);
        Assert.Equal("pattern 1 (Match Item item) fails: there is no Item in working memory", diagnosis.Blocking.Reason);
    }

    [Fact]
    public void A_failing_join_is_reported_at_the_joining_pattern_with_the_facts_it_saw()
    {
        var session = Sessions.Create(new PersonTask());
        session.InsertAll([new Person("ann"), new Assignment("bob", "row"), new Assignment("cid", "squat")]);

        RuleDiagnosis diagnosis = session.WhyNot("PersonTask");

        Assert.False(diagnosis.Matched);
        Assert.Equal(2, diagnosis.Patterns.Count);
        Assert.False(diagnosis.Patterns[0].Blocks);
        Assert.Equal(1, diagnosis.Patterns[0].PartialMatches);
        PatternReport blocking = diagnosis.Blocking!;
        Assert.Equal(2, blocking.Position);
        Assert.IsType<MatchElement>(blocking.Pattern);
        ConditionReport join = Assert.Single(blocking.Conditions);
        Assert.Equal("a => (a.Person == person.Name)", join.Condition.Text);
        Assert.Equal(["Assignment { Person = bob, Task = row }", "Assignment { Person = cid, Task = squat }"], join.FailedOn);
        Assert.Contains("no Assignment satisfies 'a => (a.Person == person.Name)'", diagnosis.Summary);
    }

    [Fact]
    public void A_Not_blocked_by_a_fact_names_the_fact()
    {
        var session = Sessions.Create(new UnblockedItem());
        session.InsertAll([new Item("a"), new Block("a")]);

        RuleDiagnosis diagnosis = session.WhyNot("UnblockedItem");

        PatternReport blocking = diagnosis.Blocking!;
        Assert.Equal(2, blocking.Position);
        Assert.IsType<NotElement>(blocking.Pattern);
        Assert.Equal("pattern 2 (Not Block) fails: a fact matches it (Block { Item = a })", blocking.Reason);
    }

    [Fact]
    public void A_matching_rule_is_reported_as_matched_with_its_firings()
    {
        var session = Sessions.Create(new PersonTask());
        session.InsertAll([new Person("ann"), new Assignment("ann", "row"), new Assignment("ann", "squat")]);

        RuleDiagnosis before = session.WhyNot("PersonTask");
        session.Fire();
        RuleDiagnosis after = session.WhyNot("PersonTask");

        Assert.True(before.Matched);
        Assert.Null(before.Blocking);
        Assert.Equal((2, 0), (before.Matches, before.Fired));
        Assert.Equal((2, 2), (after.Matches, after.Fired));
        Assert.Equal("Rule 'PersonTask' matches 2 time(s) and has fired for 2 of them.", after.Summary);
        Assert.All(after.Patterns, p => Assert.False(p.Blocks));
    }

    [Fact]
    public void An_unknown_rule_name_throws()
    {
        var session = Sessions.Create(new HeavyItem());

        var error = Assert.Throws<ArgumentException>(() => session.WhyNot("NoSuchRule"));
        Assert.Contains("NoSuchRule", error.Message);
    }

    public sealed class HeavyItem : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 10);
            Then().Do(ctx => ctx.Insert(new Note("heavy " + item.Name)));
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

    public sealed class PersonTask : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When()
                .Match(() => person)
                .Match<Assignment>(a => a.Person == person.Name);
            Then().Do(ctx => ctx.Insert(new Note(person.Name)));
        }
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
}
