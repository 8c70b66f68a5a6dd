using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Later patterns join on facts that earlier patterns bound to captured variables.</summary>
public class JoinTests
{
    [Fact]
    public void Two_patterns_join_through_a_captured_variable()
    {
        var session = Sessions.Create(new PersonTask());
        session.InsertAll([
            new Person("ann"), new Person("bob"), new Person("cid"),
            new Assignment("ann", "squat"), new Assignment("bob", "row"), new Assignment("ann", "plank"),
            new Assignment("dan", "lunge"),
        ]);

        Assert.Equal(3, session.Fire());

        Assert.Equal(["ann:squat", "ann:plank", "bob:row"], session.Query<Note>().Select(n => n.Text));
    }

    [Fact]
    public void Three_patterns_join_with_alpha_and_join_conditions_together()
    {
        var session = Sessions.Create(new LongTaskOfPerson());
        session.InsertAll([
            new Person("ann"), new Person("bob"),
            new Assignment("ann", "squat"), new Assignment("bob", "row"), new Assignment("ann", "plank"),
            new TaskInfo("squat", 3), new TaskInfo("row", 5), new TaskInfo("plank", 1), new TaskInfo("lunge", 9),
        ]);

        Assert.Equal(2, session.Fire());

        Assert.Equal(["ann:squat:3", "bob:row:5"], session.Query<Note>().Select(n => n.Text));
    }

    [Fact]
    public void A_join_condition_can_read_two_earlier_variables()
    {
        // The third pattern reads both the person (slot 1) and the task (slot 2).
        var session = Sessions.Create(new TaskForSomeoneElsesTeamLead());
        session.InsertAll([
            new Person("ann", "red"), new Person("bob", "blue"),
            new Assignment("ann", "squat"), new Assignment("bob", "row"),
            new Team("red", "ann"), new Team("blue", "cid"),
        ]);

        Assert.Equal(1, session.Fire());

        Assert.Equal(["bob:row:cid"], session.Query<Note>().Select(n => n.Text));
    }

    [Fact]
    public void Facts_inserted_later_join_the_earlier_ones()
    {
        var session = Sessions.Create(new PersonTask());
        session.Insert(new Assignment("ann", "squat"));
        Assert.Equal(0, session.Fire());

        session.Insert(new Person("ann"));
        Assert.Equal(1, session.Fire());

        session.Insert(new Assignment("ann", "row"));
        Assert.Equal(1, session.Fire());
        Assert.Equal(["ann:squat", "ann:row"], session.Query<Note>().Select(n => n.Text));
    }

    [Fact]
    public void Retracting_a_joined_fact_drops_its_pending_matches()
    {
        var session = Sessions.Create(new PersonTask());
        session.InsertAll([new Person("ann"), new Person("bob"), new Assignment("ann", "squat"), new Assignment("bob", "row")]);

        session.Retract(new Person("ann"));

        Assert.Equal(1, session.Fire());
        Assert.Equal(["bob:row"], session.Query<Note>().Select(n => n.Text));
    }

    public sealed class PersonTask : Rule
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

    public sealed class LongTaskOfPerson : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Assignment task = null!;
            TaskInfo info = null!;
            When()
                .Match(() => person)
                .Match(() => task, a => a.Person == person.Name)
                .Match(() => info, i => i.Task == task.Task, i => i.Hours > 2);
            Then().Do(ctx => ctx.Insert(new Note(person.Name + ":" + task.Task + ":" + info.Hours)));
        }
    }

    public sealed class TaskForSomeoneElsesTeamLead : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Assignment task = null!;
            Team team = null!;
            When()
                .Match(() => person)
                .Match(() => task, a => a.Person == person.Name)
                .Match(() => team, t => t.Name == person.Team && t.Lead != task.Person);
            Then().Do(ctx => ctx.Insert(new Note(task.Person + ":" + task.Task + ":" + team.Lead)));
        }
    }
}
