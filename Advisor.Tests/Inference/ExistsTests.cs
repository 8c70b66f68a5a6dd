using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Exists is satisfied once, however many facts match it.</summary>
public class ExistsTests
{
    [Fact]
    public void Exists_fires_once_however_many_facts_match()
    {
        var session = Sessions.Create(new AnyHeavyItem());
        session.InsertAll([new Item("a", 7), new Item("b", 9), new Item("c", 1), new Item("d", 12)]);

        Assert.Equal(1, session.Fire());

        // More matching facts are no new match.
        session.Insert(new Item("e", 20));
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Exists_does_not_fire_without_a_matching_fact()
    {
        var session = Sessions.Create(new AnyHeavyItem());
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Exists_fires_again_once_every_match_has_gone_and_one_comes_back()
    {
        var session = Sessions.Create(new AnyHeavyItem());
        session.InsertAll([new Item("a", 7), new Item("b", 9)]);
        Assert.Equal(1, session.Fire());

        session.Retract(new Item("a", 7));
        Assert.Equal(0, session.Fire());
        session.Retract(new Item("b", 9));
        Assert.Equal(0, session.Fire());

        session.Insert(new Item("c", 8));
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Exists_joins_on_earlier_patterns_once_per_partial_match()
    {
        var session = Sessions.Create(new PersonWithAnyTask());
        session.InsertAll([
            new Person("ann"), new Person("bob"), new Person("cid"),
            new Assignment("ann", "squat"), new Assignment("ann", "row"), new Assignment("ann", "plank"),
            new Assignment("bob", "lunge"),
        ]);

        Assert.Equal(2, session.Fire());

        Assert.Equal(["busy ann", "busy bob"], session.Query<Note>().Select(n => n.Text));
    }

    public sealed class AnyHeavyItem : Rule
    {
        public override void Define()
        {
            When().Exists<Item>(i => i.Value > 5);
            Then().Do(ctx => ctx.Insert(new Note("something heavy")));
        }
    }

    public sealed class PersonWithAnyTask : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When()
                .Match(() => person)
                .Exists<Assignment>(a => a.Person == person.Name);
            Then().Do(ctx => ctx.Insert(new Note("busy " + person.Name)));
        }
    }
}
