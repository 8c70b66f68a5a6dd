using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Collect binds every joining fact in insertion order, possibly none, and re-fires as the list changes.</summary>
public class CollectTests
{
    [Fact]
    public void Collect_binds_every_matching_fact_in_insertion_order()
    {
        var seen = new List<string>();
        var session = Sessions.Create(new TasksOfPerson(seen));
        session.InsertAll([
            new Assignment("ann", "squat"), new Person("ann"), new Assignment("bob", "row"),
            new Assignment("ann", "plank"), new Assignment("ann", "lunge"),
        ]);

        Assert.Equal(1, session.Fire());

        Assert.Equal(["ann: squat, plank, lunge"], seen);
    }

    [Fact]
    public void Collect_binds_an_empty_list_when_nothing_matches()
    {
        var seen = new List<string>();
        var session = Sessions.Create(new TasksOfPerson(seen));
        session.InsertAll([new Person("ann"), new Assignment("bob", "row")]);

        Assert.Equal(1, session.Fire());

        Assert.Equal(["ann: "], seen);
    }

    [Fact]
    public void Collect_fires_again_when_the_collection_changes_and_only_then()
    {
        var seen = new List<string>();
        var session = Sessions.Create(new TasksOfPerson(seen));
        var squat = new Assignment("ann", "squat");
        session.Insert(new Person("ann"));
        Assert.Equal(1, session.Fire());

        session.Insert(squat);
        Assert.Equal(1, session.Fire());
        session.Insert(new Assignment("ann", "row"));
        Assert.Equal(1, session.Fire());

        // A fact that does not join the collection changes nothing.
        session.Insert(new Assignment("bob", "plank"));
        Assert.Equal(0, session.Fire());

        session.Retract(squat);
        Assert.Equal(1, session.Fire());

        Assert.Equal(["ann: ", "ann: squat", "ann: squat, row", "ann: row"], seen);
    }

    [Fact]
    public void Updating_a_collected_fact_changes_the_match()
    {
        var counter = new Counter();
        var session = Sessions.Create(new CountersCollected());
        session.Insert(counter);
        Assert.Equal(1, session.Fire());

        session.Update(counter);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void The_collected_facts_are_part_of_the_match()
    {
        var session = Sessions.Create(new TasksOfPerson([]));
        var facts = new List<IReadOnlyList<object>>();
        session.Events.RuleFired += (_, e) => facts.Add(e.Facts);
        var ann = new Person("ann");
        var squat = new Assignment("ann", "squat");
        var row = new Assignment("ann", "row");
        session.InsertAll([ann, squat, row]);

        session.Fire();

        Assert.Equal([ann, squat, row], Assert.Single(facts));
    }

    public sealed class TasksOfPerson(List<string> seen) : Rule
    {
        public override void Define()
        {
            Person person = null!;
            IReadOnlyList<Assignment> tasks = null!;
            When()
                .Match(() => person)
                .Collect(() => tasks, a => a.Person == person.Name);
            Then().Do(ctx => seen.Add(person.Name + ": " + string.Join(", ", tasks.Select(t => t.Task))));
        }
    }

    public sealed class CountersCollected : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Counter> counters = null!;
            When().Collect(() => counters);
            Then().Do(ctx => ctx.Insert(new Note("counters: " + counters.Count)));
        }
    }
}
