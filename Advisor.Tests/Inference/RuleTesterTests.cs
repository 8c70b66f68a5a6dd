using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Testing;

namespace Advisor.Tests.Inference;

/// <summary>The NRules.Testing-style harness: assertions on what fired, failures that list what did.</summary>
public class RuleTesterTests
{
    [Fact]
    public void AssertFired_counts_firings()
    {
        var tester = RuleTester.For<GreetPerson>().Insert(new Person("ann"), new Person("bob"));

        Assert.Equal(2, tester.Fire());

        tester.AssertFired<GreetPerson>().AssertFired<GreetPerson>(2).AssertFired("Greet person", 2);
        Assert.Equal(["Greet person(Person { Name = ann, Team =  })", "Greet person(Person { Name = bob, Team =  })"],
            tester.Firings.Select(f => f.ToString()));
    }

    [Fact]
    public void AssertFired_with_the_wrong_count_fails_listing_what_fired()
    {
        var tester = RuleTester.For<GreetPerson>().Insert(new Person("ann"), new Person("bob"));
        tester.Fire();

        var error = Assert.Throws<RuleAssertionException>(() => tester.AssertFired<GreetPerson>(3));

        Assert.Equal(
            "Expected 'Greet person' to fire 3 time(s), but it fired 2 time(s). " +
            "Fired: Greet person(Person { Name = ann, Team =  }); Greet person(Person { Name = bob, Team =  })",
            error.Message);
    }

    [Fact]
    public void AssertFired_fails_when_nothing_fired()
    {
        var tester = RuleTester.For<GreetPerson>();
        tester.Fire();

        var error = Assert.Throws<RuleAssertionException>(() => tester.AssertFired<GreetPerson>());

        Assert.Equal("Expected 'Greet person' to fire at least once, but it fired 0 time(s). Fired: nothing.", error.Message);
    }

    [Fact]
    public void AssertFiredWith_checks_the_facts_of_a_match()
    {
        var ann = new Person("ann");
        var task = new Assignment("ann", "row");
        var tester = RuleTester.For(new GreetPerson(), new PersonTask()).Insert(ann, new Person("bob"), task);
        tester.Fire();

        tester.AssertFiredWith<PersonTask>(ann, task).AssertFiredWith<PersonTask>(task).AssertFiredWith<GreetPerson>(new Person("bob"));

        var error = Assert.Throws<RuleAssertionException>(() => tester.AssertFiredWith<PersonTask>(new Person("bob")));
        Assert.StartsWith("Expected 'PersonTask' to fire with [Person { Name = bob, Team =  }]. Fired: ", error.Message);
        Assert.Contains("PersonTask(Person { Name = ann, Team =  }, Assignment { Person = ann, Task = row })", error.Message);
        Assert.Contains("Greet person(Person { Name = bob, Team =  })", error.Message);
    }

    [Fact]
    public void AssertDidNotFire_passes_for_a_silent_rule_and_fails_listing_what_fired()
    {
        var tester = RuleTester.For(new GreetPerson(), new PersonTask()).Insert(new Person("ann"));
        tester.Fire();

        tester.AssertDidNotFire<PersonTask>();
        var error = Assert.Throws<RuleAssertionException>(() => tester.AssertDidNotFire<GreetPerson>());

        Assert.Equal(
            "Expected 'Greet person' to fire 0 time(s), but it fired 1 time(s). Fired: Greet person(Person { Name = ann, Team =  })",
            error.Message);
    }

    [Fact]
    public void The_tester_runs_the_phases_in_the_order_the_rules_are_given()
    {
        var tester = RuleTester.For(new LatePhase(), new EarlyPhase()).Insert(new Signal("go"));

        tester.Fire();

        Assert.Equal(["LatePhase", "EarlyPhase"], tester.Firings.Select(f => f.Rule));
        Assert.Equal(2, tester.Session.Query<Note>().Count);
    }

    [Name("Greet person")]
    public sealed class GreetPerson : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person);
            Then().Do(ctx => ctx.Insert(new Note("hello " + person.Name)));
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
            Then().Do(ctx => ctx.Insert(new Note(person.Name + " works")));
        }
    }

    [Phase("late")]
    public sealed class LatePhase : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("late")));
        }
    }

    [Phase("early")]
    public sealed class EarlyPhase : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("early")));
        }
    }
}
