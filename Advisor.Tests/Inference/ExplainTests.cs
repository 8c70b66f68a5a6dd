using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>Explain walks a derived fact back to the facts the caller inserted, naming each rule.</summary>
public class ExplainTests
{
    [Fact]
    public void Explain_chains_back_to_the_input_facts_with_the_rule_at_each_step()
    {
        var session = Sessions.Create(ChainingTests.Chain());
        var x = new Seed("x");
        session.InsertAll([x, new Seed("y")]);
        session.Fire();

        Explanation explanation = session.Explain(new Outcome("x"));

        Assert.Equal(
            "Outcome { Key = x } <= AFourToOutcome[" +
            "Stage { Level = 4, Key = x } <= BThreeToFour[" +
            "Stage { Level = 3, Key = x } <= CTwoToThree[" +
            "Stage { Level = 2, Key = x } <= DOneToTwo[" +
            "Stage { Level = 1, Key = x } <= ESeedToOne[Seed { Key = x }]]]], " +
            "Seed { Key = x }]",
            Render(explanation));
        Assert.Equal([x], explanation.Givens());
    }

    [Fact]
    public void A_fact_the_caller_inserted_is_given()
    {
        var session = Sessions.Create(ChainingTests.Chain());
        session.Insert(new Seed("x"));
        session.Fire();

        Explanation explanation = session.Explain(new Seed("x"));

        Assert.True(explanation.IsGiven);
        Assert.Empty(explanation.Derivations);
    }

    [Fact]
    public void A_fact_inserted_by_two_rules_shows_both_justifications()
    {
        var inserted = new List<bool>();
        var session = Sessions.Create(new SameNoteFromA(inserted), new SameNoteFromB(inserted));
        var a = new Signal("a");
        var b = new Signal("b");
        session.InsertAll([a, b]);
        session.Fire();

        // The second insert found the equal note and only added its justification.
        Assert.Equal([true, false], inserted);
        Assert.Single(session.Query<Note>());
        Explanation explanation = session.Explain(new Note("same"));
        Assert.Equal(
            "Note { Text = same } <= SameNoteFromA[Signal { Name = a }] | SameNoteFromB[Signal { Name = b }]",
            Render(explanation));
        Assert.Equal([a, b], explanation.Givens());
    }

    [Fact]
    public void One_rule_inserting_the_same_fact_for_two_matches_has_two_justifications()
    {
        var session = Sessions.Create(new TeamOfPerson());
        session.InsertAll([new Person("ann", "red"), new Person("bob", "red")]);
        session.Fire();

        Explanation explanation = session.Explain(new Note("team red"));

        Assert.Equal(
            "Note { Text = team red } <= TeamOfPerson[Person { Name = ann, Team = red }] | TeamOfPerson[Person { Name = bob, Team = red }]",
            Render(explanation));
    }

    [Fact]
    public void The_same_rule_and_facts_justify_a_fact_once()
    {
        var counter = new Counter();
        var session = Sessions.Create(new CounterNote());
        session.Insert(counter);
        session.Fire();
        session.Update(counter);
        Assert.Equal(1, session.Fire());

        Assert.Single(session.Explain(new Note("counted")).Derivations);
    }

    [Fact]
    public void Explaining_a_fact_not_in_working_memory_throws()
    {
        var session = Sessions.Create(ChainingTests.Chain());

        Assert.Throws<ArgumentException>(() => session.Explain(new Seed("nowhere")));
    }

    private static string Render(Explanation explanation) =>
        explanation.IsGiven
            ? explanation.Fact.ToString()!
            : $"{explanation.Fact} <= " + string.Join(" | ", explanation.Derivations.Select(d =>
                $"{d.Rule.Name}[{string.Join(", ", d.Premises.Select(Render))}]"));

    public sealed class SameNoteFromA(List<bool> inserted) : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "a");
            Then().Do(ctx => inserted.Add(ctx.Insert(new Note("same"))));
        }
    }

    public sealed class SameNoteFromB(List<bool> inserted) : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "b");
            Then().Do(ctx => inserted.Add(ctx.Insert(new Note("same"))));
        }
    }

    public sealed class TeamOfPerson : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person);
            Then().Do(ctx => ctx.Insert(new Note("team " + person.Team)));
        }
    }

    public sealed class CounterNote : Rule
    {
        public override void Define()
        {
            When().Match<Counter>();
            Then().Do(ctx => ctx.Insert(new Note("counted")));
        }
    }
}
