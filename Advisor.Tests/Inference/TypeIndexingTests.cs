using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

public interface IMeasurement
{
    double Value { get; }
}

public abstract record Reading(string Subject);

public sealed record HeartRate(string Subject, double Value) : Reading(Subject), IMeasurement;

public sealed record Cadence(string Subject, double Value) : Reading(Subject), IMeasurement;

public sealed record Mood(string Subject, string Word) : Reading(Subject);

/// <summary>Counts the facts a condition was asked about.</summary>
public sealed class Probe
{
    public List<object> Seen { get; } = [];

    public bool Test(object fact)
    {
        Seen.Add(fact);
        return true;
    }
}

/// <summary>Facts are only tested against patterns of their own type, its base types or its interfaces.</summary>
public class TypeIndexingTests
{
    [Fact]
    public void A_fact_never_evaluates_the_conditions_of_another_types_patterns()
    {
        var itemProbe = new Probe();
        var personProbe = new Probe();
        var session = Sessions.Create(new ProbeItems(itemProbe), new ProbePeople(personProbe));

        session.InsertAll([new Person("ann"), new Person("bob"), new Signal("go"), new Note("x")]);
        Assert.Empty(itemProbe.Seen);
        Assert.Equal([new Person("ann"), new Person("bob")], personProbe.Seen);

        session.Insert(new Item("a"));
        session.Fire();
        Assert.Equal([new Item("a")], itemProbe.Seen);
        Assert.Equal(2, personProbe.Seen.Count);
    }

    [Fact]
    public void ConditionFailed_is_only_raised_for_patterns_of_the_facts_type()
    {
        var session = Sessions.Create(new HeavyItem(), new NamedAnn());
        var failures = new List<string>();
        session.Events.ConditionFailed += (_, e) => failures.Add($"{e.Rule.Name}: {e.Fact}");

        session.InsertAll([new Person("bob"), new Item("feather", 1)]);

        Assert.Equal(["NamedAnn: Person { Name = bob, Team =  }", "HeavyItem: Item { Name = feather, Value = 1 }"], failures);
    }

    [Fact]
    public void A_pattern_on_an_interface_matches_every_implementing_type()
    {
        var session = Sessions.Create(new HighMeasurement());
        session.InsertAll([new HeartRate("ann", 150), new Cadence("ann", 170), new HeartRate("bob", 60), new Mood("ann", "great")]);

        Assert.Equal(2, session.Fire());

        Assert.Equal(["high HeartRate 150", "high Cadence 170"], session.Query<Note>().Select(n => n.Text));
    }

    [Fact]
    public void A_pattern_on_a_base_type_matches_subtypes_and_joins_them()
    {
        var session = Sessions.Create(new ReadingsOfPerson());
        session.InsertAll([new Person("ann"), new HeartRate("ann", 150), new Mood("ann", "great"), new Cadence("bob", 170)]);

        Assert.Equal(1, session.Fire());

        Assert.Equal([new Note("ann: HeartRate, Mood")], session.Query<Note>());
    }

    [Fact]
    public void A_base_type_pattern_evaluates_subtype_facts_but_not_unrelated_ones()
    {
        var probe = new Probe();
        var session = Sessions.Create(new ProbeReadings(probe));

        session.InsertAll([new HeartRate("ann", 1), new Person("ann"), new Mood("ann", "ok"), new Item("a")]);

        Assert.Equal([new HeartRate("ann", 1), new Mood("ann", "ok")], probe.Seen);
    }

    [Fact]
    public void Query_by_base_type_or_interface_returns_subtypes_oldest_first()
    {
        var session = Sessions.Create(new HighMeasurement());
        session.InsertAll([new Mood("ann", "ok"), new HeartRate("ann", 1), new Cadence("ann", 2)]);

        Assert.Equal([new Mood("ann", "ok"), new HeartRate("ann", 1), new Cadence("ann", 2)], session.Query<Reading>());
        Assert.Equal([new HeartRate("ann", 1), new Cadence("ann", 2)], session.Query<IMeasurement>());
    }

    public sealed class ProbeItems(Probe probe) : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => probe.Test(i));
            Then().Do(ctx => ctx.Insert(new Note("item")));
        }
    }

    public sealed class ProbePeople(Probe probe) : Rule
    {
        public override void Define()
        {
            When().Match<Person>(p => probe.Test(p));
            Then().Do(ctx => ctx.Insert(new Note("person")));
        }
    }

    public sealed class ProbeReadings(Probe probe) : Rule
    {
        public override void Define()
        {
            When().Match<Reading>(r => probe.Test(r));
            Then().Do(ctx => ctx.Insert(new Note("reading")));
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

    public sealed class NamedAnn : Rule
    {
        public override void Define()
        {
            When().Match<Person>(p => p.Name == "ann");
            Then().Do(ctx => ctx.Insert(new Note("ann")));
        }
    }

    public sealed class HighMeasurement : Rule
    {
        public override void Define()
        {
            IMeasurement measurement = null!;
            When().Match(() => measurement, m => m.Value > 100);
            Then().Do(ctx => ctx.Insert(new Note("high " + measurement.GetType().Name + " " + measurement.Value)));
        }
    }

    public sealed class ReadingsOfPerson : Rule
    {
        public override void Define()
        {
            Person person = null!;
            IReadOnlyList<Reading> readings = null!;
            When()
                .Match(() => person)
                .Collect(() => readings, r => r.Subject == person.Name);
            Then().Do(ctx => ctx.Insert(new Note(person.Name + ": " + string.Join(", ", readings.Select(r => r.GetType().Name)))));
        }
    }
}
