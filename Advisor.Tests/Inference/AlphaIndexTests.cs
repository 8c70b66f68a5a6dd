using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

public enum Effort
{
    Easy,
    Hard,
    Max,
}

public sealed record Exercise(string Name, Effort Effort, short Sets = 1);

/// <summary>Mutable values a rule reads live: a field and a property.</summary>
public sealed class Target
{
    public int Field;

    public int Property { get; set; }
}

/// <summary>
/// Several rules testing one member against fixed values (literals, enum values, readonly fields)
/// are indexed by that value; whatever the index does, which rules match, what fails and what
/// throws must stay exactly as if every condition were evaluated.
/// </summary>
public class AlphaIndexTests
{
    [Fact]
    public void Rules_keyed_on_one_member_each_match_just_their_value()
    {
        var session = Sessions.Create(new ValueIsOne(), new ValueIsTwo(), new ValueIsThree(), new ValueIsThreeUnlessSkipped(), new ValueAboveTwo());
        var fired = session.RecordMatches();
        session.InsertAll([new Item("a", 0), new Item("b", 1), new Item("c", 2), new Item("d", 3), new Item("skip", 3), new Item("e", 4)]);

        session.Fire();

        Assert.Equal(
            [
                "ValueAboveTwo(Item { Name = d, Value = 3 })", "ValueAboveTwo(Item { Name = skip, Value = 3 })",
                "ValueAboveTwo(Item { Name = e, Value = 4 })",
                "ValueIsOne(Item { Name = b, Value = 1 })",
                "ValueIsThree(Item { Name = d, Value = 3 })", "ValueIsThree(Item { Name = skip, Value = 3 })",
                "ValueIsThreeUnlessSkipped(Item { Name = d, Value = 3 })",
                "ValueIsTwo(Item { Name = c, Value = 2 })",
            ],
            fired);
    }

    [Fact]
    public void Enum_string_and_widened_keys_match_like_the_conditions()
    {
        var session = Sessions.Create(new EasyExercise(), new HardExercise(), new MaxExercise(), new NamedSquat(), new NamedRow(), new NamedPlank(),
            new ThreeSets(), new FourSets(), new FiveSets());
        var fired = session.RecordMatches();
        session.InsertAll([new Exercise("squat", Effort.Hard, 3), new Exercise("row", Effort.Max, 5), new Exercise("lunge", Effort.Easy, 2)]);

        session.Fire();

        Assert.Equal(
            [
                "EasyExercise(Exercise { Name = lunge, Effort = Easy, Sets = 2 })",
                "FiveSets(Exercise { Name = row, Effort = Max, Sets = 5 })",
                "HardExercise(Exercise { Name = squat, Effort = Hard, Sets = 3 })",
                "MaxExercise(Exercise { Name = row, Effort = Max, Sets = 5 })",
                "NamedRow(Exercise { Name = row, Effort = Max, Sets = 5 })",
                "NamedSquat(Exercise { Name = squat, Effort = Hard, Sets = 3 })",
                "ThreeSets(Exercise { Name = squat, Effort = Hard, Sets = 3 })",
            ],
            fired);
    }

    [Fact]
    public void A_null_member_matches_no_fixed_value_and_does_not_throw()
    {
        var session = Sessions.Create(new NamedSquat(), new NamedRow(), new NamedPlank());
        session.Insert(new Exercise(null!, Effort.Easy));

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void A_mutable_value_reached_through_a_readonly_field_is_read_live_not_fixed_at_compile_time()
    {
        // The rules hold the target in a readonly field, but its Field and Property can change.
        var target = new Target { Field = 1, Property = 1 };
        var factory = Sessions.Factory(new ValueIsOne(), new ValueIsTwo(), new ValueIsThree(),
            new ValueIsTargetField(target), new ValueIsTargetProperty(target));

        var before = factory.CreateSession();
        before.InsertAll([new Item("a", 1), new Item("b", 7)]);
        before.Fire();
        Assert.Equal(["field a", "property a"], before.Query<Note>().Select(n => n.Text).Where(t => t != "one"));

        target.Field = 7;
        target.Property = 7;
        var after = factory.CreateSession();
        after.InsertAll([new Item("a", 1), new Item("b", 7)]);
        after.Fire();
        Assert.Equal(["field b", "property b"], after.Query<Note>().Select(n => n.Text).Where(t => t != "one"));
    }

    [Fact]
    public void A_readonly_field_of_the_rule_is_a_fixed_value()
    {
        var session = Sessions.Create(new ValueIsField(2), new ValueIsOne(), new ValueIsTwo(), new ValueIsThree());
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        Assert.Equal(["ValueIsField", "ValueIsOne", "ValueIsTwo"], Fired(session));
    }

    [Fact]
    public void ConditionFailed_still_reports_every_keyed_rule_a_fact_fails()
    {
        var session = Sessions.Create(new ValueIsOne(), new ValueIsTwo(), new ValueIsThree(), new ValueIsThreeUnlessSkipped());
        var failures = new List<string>();
        session.Events.ConditionFailed += (_, e) => failures.Add($"{e.Rule.Name}: {e.Condition.Text}");

        session.InsertAll([new Item("skip", 3)]);

        Assert.Equal(
            ["ValueIsOne: i => (i.Value == 1)", "ValueIsThreeUnlessSkipped: i => (i.Name != \"skip\")", "ValueIsTwo: i => (i.Value == 2)"],
            failures.Order());
    }

    [Fact]
    public void Keys_on_a_base_type_member_match_facts_of_subtypes()
    {
        var session = Sessions.Create(new AnnReading(), new BobReading(), new CidReading());
        var fired = session.RecordMatches();
        session.InsertAll([new HeartRate("bob", 60), new Mood("ann", "ok"), new Cadence("dan", 170)]);

        session.Fire();

        Assert.Equal(["AnnReading(Mood { Subject = ann, Word = ok })", "BobReading(HeartRate { Subject = bob, Value = 60 })"], fired);
    }

    [Fact]
    public void A_later_condition_of_a_keyed_rule_still_throws_for_its_own_value_only()
    {
        var session = Sessions.Create(new ValueIsOne(), new ValueIsTwo(), new ValueIsZeroDivides());
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        var error = Assert.Throws<Advisor.Engine.Inference.Runtime.RuleEvaluationException>(() => session.Insert(new Item("c", 0)));

        Assert.Equal("ValueIsZeroDivides", error.Rule);
    }

    [Fact]
    public void A_first_condition_that_throws_is_never_skipped_for_a_later_keyed_one()
    {
        // DividesThenNamed's key-shaped test comes second, so it must not be indexed: its first
        // test has to run (and throw) for every Item, named "d" or not.
        var session = Sessions.Create(new NameIsA(), new NameIsB(), new NameIsC(), new DividesThenNamed());

        var error = Assert.Throws<Advisor.Engine.Inference.Runtime.RuleEvaluationException>(() => session.Insert(new Item("x", 0)));

        Assert.Equal("DividesThenNamed", error.Rule);
    }

    private static List<string> Fired(Advisor.Engine.Inference.Runtime.ISession session)
    {
        var fired = session.RecordFirings();
        session.Fire();
        return fired;
    }

    public sealed class ValueIsOne : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value == 1);
            Then().Do(ctx => ctx.Insert(new Note("one")));
        }
    }

    public sealed class ValueIsTwo : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value == 2);
            Then().Do(ctx => ctx.Insert(new Note("two")));
        }
    }

    public sealed class ValueIsThree : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => 3 == i.Value);
            Then().Do(ctx => ctx.Insert(new Note("three " + item.Name)));
        }
    }

    public sealed class ValueIsThreeUnlessSkipped : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value == 3, i => i.Name != "skip");
            Then().Do(ctx => ctx.Insert(new Note("three, not skipped")));
        }
    }

    public sealed class ValueAboveTwo : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 2);
            Then().Do(ctx => ctx.Insert(new Note("above two " + item.Name)));
        }
    }

    public sealed class ValueIsZeroDivides : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value == 0, i => 10 / i.Value > 1);
            Then().Do(ctx => ctx.Insert(new Note("never")));
        }
    }

    public sealed class ValueIsTargetField(Target target) : Rule
    {
        private readonly Target _target = target;

        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value == _target.Field);
            Then().Do(ctx => ctx.Insert(new Note("field " + item.Name)));
        }
    }

    public sealed class ValueIsTargetProperty(Target target) : Rule
    {
        private readonly Target _target = target;

        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value == _target.Property);
            Then().Do(ctx => ctx.Insert(new Note("property " + item.Name)));
        }
    }

    public sealed class NameIsA : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Name == "a");
            Then().Do(ctx => ctx.Insert(new Note("a")));
        }
    }

    public sealed class NameIsB : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Name == "b");
            Then().Do(ctx => ctx.Insert(new Note("b")));
        }
    }

    public sealed class NameIsC : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Name == "c");
            Then().Do(ctx => ctx.Insert(new Note("c")));
        }
    }

    public sealed class DividesThenNamed : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => 10 / i.Value > 1, i => i.Name == "d");
            Then().Do(ctx => ctx.Insert(new Note("d")));
        }
    }

    public sealed class ValueIsField(int value) : Rule
    {
        private readonly int _value = value;

        public override void Define()
        {
            When().Match<Item>(i => i.Value == _value);
            Then().Do(ctx => ctx.Insert(new Note("field")));
        }
    }

    public sealed class EasyExercise : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Effort == Effort.Easy);
            Then().Do(ctx => ctx.Insert(new Note("easy")));
        }
    }

    public sealed class HardExercise : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Effort == Effort.Hard);
            Then().Do(ctx => ctx.Insert(new Note("hard")));
        }
    }

    public sealed class MaxExercise : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Effort == Effort.Max);
            Then().Do(ctx => ctx.Insert(new Note("max")));
        }
    }

    public sealed class NamedSquat : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Name == "squat");
            Then().Do(ctx => ctx.Insert(new Note("squat")));
        }
    }

    public sealed class NamedRow : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Name == "row");
            Then().Do(ctx => ctx.Insert(new Note("row")));
        }
    }

    public sealed class NamedPlank : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Name == "plank");
            Then().Do(ctx => ctx.Insert(new Note("plank")));
        }
    }

    public sealed class ThreeSets : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Sets == 3);
            Then().Do(ctx => ctx.Insert(new Note("three sets")));
        }
    }

    public sealed class FourSets : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Sets == 4);
            Then().Do(ctx => ctx.Insert(new Note("four sets")));
        }
    }

    public sealed class FiveSets : Rule
    {
        public override void Define()
        {
            When().Match<Exercise>(e => e.Sets == 5);
            Then().Do(ctx => ctx.Insert(new Note("five sets")));
        }
    }

    public sealed class AnnReading : Rule
    {
        public override void Define()
        {
            When().Match<Reading>(r => r.Subject == "ann");
            Then().Do(ctx => ctx.Insert(new Note("ann")));
        }
    }

    public sealed class BobReading : Rule
    {
        public override void Define()
        {
            When().Match<Reading>(r => r.Subject == "bob");
            Then().Do(ctx => ctx.Insert(new Note("bob")));
        }
    }

    public sealed class CidReading : Rule
    {
        public override void Define()
        {
            When().Match<Reading>(r => r.Subject == "cid");
            Then().Do(ctx => ctx.Insert(new Note("cid")));
        }
    }
}
