using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

public sealed record Seed(string Key);

public sealed record Stage(int Level, string Key);

public sealed record Outcome(string Key);

/// <summary>Facts inserted by actions feed other rules, five levels deep here.</summary>
public class ChainingTests
{
    /// <summary>The chain, in an order unlike the names' (which run the other way).</summary>
    public static Rule[] Chain() => [new ESeedToOne(), new DOneToTwo(), new CTwoToThree(), new BThreeToFour(), new AFourToOutcome()];

    [Fact]
    public void A_fact_flows_through_five_chained_rules()
    {
        var session = Sessions.Create(Chain());
        session.Insert(new Seed("x"));

        Assert.Equal(5, session.Fire());

        Assert.Equal([new Stage(1, "x"), new Stage(2, "x"), new Stage(3, "x"), new Stage(4, "x")], session.Query<Stage>());
        Assert.Equal([new Outcome("x")], session.Query<Outcome>());
    }

    [Fact]
    public void Each_new_fact_is_followed_up_before_older_work_of_later_names()
    {
        // Name order puts the deeper rules first, so each seed's chain completes before the next
        // seed's first step.
        var session = Sessions.Create(Chain());
        var fired = session.RecordMatches();
        session.InsertAll([new Seed("x"), new Seed("y")]);

        Assert.Equal(10, session.Fire());

        Assert.Equal(
            [
                "ESeedToOne(Seed { Key = x })", "DOneToTwo(Stage { Level = 1, Key = x })",
                "CTwoToThree(Stage { Level = 2, Key = x })", "BThreeToFour(Stage { Level = 3, Key = x })",
                "AFourToOutcome(Stage { Level = 4, Key = x }, Seed { Key = x })",
                "ESeedToOne(Seed { Key = y })", "DOneToTwo(Stage { Level = 1, Key = y })",
                "CTwoToThree(Stage { Level = 2, Key = y })", "BThreeToFour(Stage { Level = 3, Key = y })",
                "AFourToOutcome(Stage { Level = 4, Key = y }, Seed { Key = y })",
            ],
            fired);
    }

    [Fact]
    public void A_chain_stops_where_a_link_is_missing()
    {
        var session = Sessions.Create(new ESeedToOne(), new DOneToTwo(), new BThreeToFour(), new AFourToOutcome());
        session.Insert(new Seed("x"));

        Assert.Equal(2, session.Fire());

        Assert.Equal([new Stage(1, "x"), new Stage(2, "x")], session.Query<Stage>());
        Assert.Empty(session.Query<Outcome>());
    }

    public sealed class ESeedToOne : Rule
    {
        public override void Define()
        {
            Seed seed = null!;
            When().Match(() => seed);
            Then().Do(ctx => ctx.Insert(new Stage(1, seed.Key)));
        }
    }

    public sealed class DOneToTwo : Rule
    {
        public override void Define()
        {
            Stage stage = null!;
            When().Match(() => stage, s => s.Level == 1);
            Then().Do(ctx => ctx.Insert(new Stage(2, stage.Key)));
        }
    }

    public sealed class CTwoToThree : Rule
    {
        public override void Define()
        {
            Stage stage = null!;
            When().Match(() => stage, s => s.Level == 2);
            Then().Do(ctx => ctx.Insert(new Stage(3, stage.Key)));
        }
    }

    public sealed class BThreeToFour : Rule
    {
        public override void Define()
        {
            Stage stage = null!;
            When().Match(() => stage, s => s.Level == 3);
            Then().Do(ctx => ctx.Insert(new Stage(4, stage.Key)));
        }
    }

    public sealed class AFourToOutcome : Rule
    {
        public override void Define()
        {
            Stage stage = null!;
            Seed seed = null!;
            When()
                .Match(() => stage, s => s.Level == 4)
                .Match(() => seed, s => s.Key == stage.Key);
            Then().Do(ctx => ctx.Insert(new Outcome(seed.Key)));
        }
    }
}
