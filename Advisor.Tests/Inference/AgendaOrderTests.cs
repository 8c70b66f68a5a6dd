using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Priority first, then rule name (ordinal), then the match on the oldest facts.</summary>
public class AgendaOrderTests
{
    [Fact]
    public void Higher_priority_fires_first_whatever_the_names()
    {
        var session = Sessions.Create(new AaLowest(), new BbLow(), new CcNormal(), new DdHigh(), new EeHighest());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        Assert.Equal(5, session.Fire());

        Assert.Equal(["EeHighest", "DdHigh", "CcNormal", "BbLow", "AaLowest"], fired);
    }

    [Fact]
    public void Equal_priorities_fire_in_rule_name_order_not_activation_order()
    {
        // Bravo's activation exists from the start; Alpha's and Charlie's only once Starter has
        // inserted "late". Names decide, so Alpha (newer) goes before Bravo (older) before Charlie.
        var session = Sessions.Create(new Starter(), new Charlie(), new Bravo(), new Alpha());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        session.Fire();

        Assert.Equal(["Starter", "Alpha", "Bravo", "Charlie"], fired);
    }

    [Fact]
    public void Name_order_is_ordinal()
    {
        // Ordinal: upper case sorts before lower case ("Zed" < "apple"), unlike a culture-aware sort.
        var session = Sessions.Create(new LowerCaseName(), new UpperCaseName());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        session.Fire();

        Assert.Equal(["Zed", "apple"], fired);
    }

    [Fact]
    public void Matches_of_one_rule_fire_oldest_facts_first()
    {
        var session = Sessions.Create(new RunReadyChore());
        var fired = session.RecordMatches();
        session.InsertAll([new Chore("one", ready: true), new Chore("two", ready: true), new Chore("three", ready: true)]);

        session.Fire();

        Assert.Equal(["RunReadyChore(Chore(one))", "RunReadyChore(Chore(two))", "RunReadyChore(Chore(three))"], fired);
    }

    [Fact]
    public void Fact_age_beats_activation_age()
    {
        // "new" matches from the start. "old" (inserted first) only matches once PrepareOld has
        // updated it, so its activation is created later, but its fact is older: it fires first.
        var old = new Chore("old");
        var session = Sessions.Create(new PrepareOld(), new RunReadyChore());
        var fired = session.RecordMatches();
        session.InsertAll([old, new Chore("new", ready: true), new Signal("go")]);

        session.Fire();

        Assert.Equal(
            ["PrepareOld(Signal { Name = go }, Chore(old))", "RunReadyChore(Chore(old))", "RunReadyChore(Chore(new))"],
            fired);
    }

    [Fact]
    public void Matches_compare_slot_by_slot()
    {
        // Fact ids: carol 1, bob's task 2, bob 3, carol's task 4, ann 5, ann's task 6, bob's second task 7.
        // The first slot (the person) decides first: carol, then bob, then ann; for bob's two
        // matches the second slot decides: task 2 before task 7.
        var session = Sessions.Create(new PairUp());
        session.InsertAll([
            new Person("carol"), new Assignment("bob", "b1"), new Person("bob"),
            new Assignment("carol", "c"), new Person("ann"), new Assignment("ann", "a"), new Assignment("bob", "b2"),
        ]);

        session.Fire();

        Assert.Equal(["carol:c", "bob:b1", "bob:b2", "ann:a"], session.Query<Note>().Select(n => n.Text));
    }

    [Priority(RulePriority.Lowest)]
    public sealed class AaLowest : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("AaLowest")));
        }
    }

    [Priority(RulePriority.Low)]
    public sealed class BbLow : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("BbLow")));
        }
    }

    public sealed class CcNormal : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("CcNormal")));
        }
    }

    [Priority(RulePriority.High)]
    public sealed class DdHigh : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("DdHigh")));
        }
    }

    [Priority(RulePriority.Highest)]
    public sealed class EeHighest : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("EeHighest")));
        }
    }

    [Priority(RulePriority.High)]
    public sealed class Starter : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Signal("late")));
        }
    }

    public sealed class Alpha : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "late");
            Then().Do(ctx => ctx.Insert(new Note("Alpha")));
        }
    }

    public sealed class Bravo : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("Bravo")));
        }
    }

    public sealed class Charlie : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "late");
            Then().Do(ctx => ctx.Insert(new Note("Charlie")));
        }
    }

    [Name("apple")]
    public sealed class LowerCaseName : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("apple")));
        }
    }

    [Name("Zed")]
    public sealed class UpperCaseName : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("Zed")));
        }
    }

    public sealed class RunReadyChore : Rule
    {
        public override void Define()
        {
            Chore chore = null!;
            When().Match(() => chore, c => c.Ready);
            Then().Do(ctx => ctx.Insert(new Note("ran " + chore.Name)));
        }
    }

    [Priority(RulePriority.Highest)]
    public sealed class PrepareOld : Rule
    {
        public override void Define()
        {
            Chore chore = null!;
            When()
                .Match<Signal>(s => s.Name == "go")
                .Match(() => chore, c => c.Name == "old", c => !c.Ready);
            Then()
                .Do(ctx => chore.MakeReady())
                .Do(ctx => ctx.Update(chore));
        }
    }

    public sealed class PairUp : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Assignment task = null!;
            When()
                .Match(() => person)
                .Match(() => task, a => a.Person == person.Name);
            Then().Do(ctx => ctx.Insert(new Note(person.Name + ":" + task.Task)));
        }
    }
}
