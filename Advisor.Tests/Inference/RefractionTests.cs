using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>A rule fires once per distinct match (facts and their versions).</summary>
public class RefractionTests
{
    [Fact]
    public void A_rule_fires_once_per_match()
    {
        var session = Sessions.Create(new SeeItem());
        var fired = session.RecordMatches();
        session.InsertAll([new Item("a"), new Item("b")]);

        Assert.Equal(2, session.Fire());
        Assert.Equal(0, session.Fire());

        // A new fact makes the rule re-evaluate; only the new match fires.
        session.Insert(new Item("c"));
        Assert.Equal(1, session.Fire());
        Assert.Equal(["SeeItem(Item { Name = a, Value = 0 })", "SeeItem(Item { Name = b, Value = 0 })", "SeeItem(Item { Name = c, Value = 0 })"], fired);
    }

    [Fact]
    public void Inserting_an_equal_fact_is_no_new_match()
    {
        var session = Sessions.Create(new SeeItem());
        Assert.True(session.Insert(new Item("a")));
        session.Fire();

        Assert.False(session.Insert(new Item("a")));

        Assert.Equal(0, session.Fire());
        Assert.Single(session.Query<Item>());
    }

    [Fact]
    public void Updating_a_matched_fact_lets_the_match_fire_again()
    {
        var counter = new Counter();
        var session = Sessions.Create(new SeeCounter());
        session.Insert(counter);
        Assert.Equal(1, session.Fire());

        session.Update(counter);

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Updating_one_fact_of_a_join_refires_only_the_matches_on_it()
    {
        var ann = new Person("ann");
        var bob = new Person("bob");
        var signal = new Signal("go");
        var session = Sessions.Create(new GreetPerson());
        var fired = session.RecordMatches();
        session.InsertAll([ann, bob, signal]);
        Assert.Equal(2, session.Fire());
        fired.Clear();

        session.Update(bob);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["GreetPerson(Person { Name = bob, Team =  }, Signal { Name = go })"], fired);

        // The signal is in both matches: both fire again.
        session.Update(signal);
        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Updating_a_fact_the_rule_does_not_match_fires_nothing()
    {
        var heavy = new Item("heavy", 10);
        var light = new Item("light", 1);
        var session = Sessions.Create(new SeeHeavyItem());
        session.InsertAll([heavy, light]);
        Assert.Equal(1, session.Fire());

        session.Update(light);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Retracting_and_reinserting_an_equal_fact_is_a_new_match()
    {
        var session = Sessions.Create(new SeeItem());
        session.Insert(new Item("a"));
        Assert.Equal(1, session.Fire());

        Assert.True(session.Retract(new Item("a")));
        Assert.True(session.Insert(new Item("a")));

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Retracting_before_firing_removes_the_activation()
    {
        var session = Sessions.Create(new SeeItem());
        session.InsertAll([new Item("a"), new Item("b")]);

        Assert.True(session.Retract(new Item("a")));
        Assert.False(session.Retract(new Item("a")));

        Assert.Equal(1, session.Fire());
        Assert.Equal([new Note("saw b")], session.Query<Note>());
    }

    public sealed class SeeItem : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(new Note("saw " + item.Name)));
        }
    }

    public sealed class SeeHeavyItem : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 5);
            Then().Do(ctx => ctx.Insert(new Note("heavy " + item.Name)));
        }
    }

    public sealed class SeeCounter : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.Increment());
        }
    }

    public sealed class GreetPerson : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When()
                .Match(() => person)
                .Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("hello " + person.Name)));
        }
    }
}
