using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>One Fire() stops with an exception naming the looping rule once it fires more than the limit.</summary>
public class FiringLimitTests
{
    [Fact]
    public void A_rule_that_keeps_updating_what_it_matches_hits_the_limit_and_is_named()
    {
        var counter = new Counter();
        var session = Sessions.Create(new SessionOptions { FiringLimit = 50 }, new Spin(), new Calm());
        var fired = session.RecordFirings();
        session.InsertAll([counter, new Signal("go")]);

        var error = Assert.Throws<FiringLimitExceededException>(() => session.Fire());

        Assert.Equal("Spin", error.Rule);
        Assert.Equal(50, error.Limit);
        Assert.Contains("'Spin'", error.Message);
        // Calm fired once (its name sorts first) and Spin 49 times: 50 in all, then the 51st was refused.
        Assert.Equal(50, fired.Count);
        Assert.Equal(49, counter.Value);
        Assert.Equal(["Calm", "Spin", "Spin"], fired.Take(3));
    }

    [Fact]
    public void The_default_limit_stops_an_endless_loop()
    {
        var counter = new Counter();
        var session = Sessions.Create(new Spin());
        session.Insert(counter);

        var error = Assert.Throws<FiringLimitExceededException>(() => session.Fire());

        Assert.Equal("Spin", error.Rule);
        Assert.Equal(new SessionOptions().FiringLimit, error.Limit);
        Assert.Equal(error.Limit, counter.Value);
    }

    [Fact]
    public void Exactly_the_limit_is_allowed()
    {
        var options = new SessionOptions { FiringLimit = 3 };

        var atLimit = Sessions.Create(options, new Calm());
        atLimit.InsertAll([new Signal("a"), new Signal("b"), new Signal("c")]);
        Assert.Equal(3, atLimit.Fire());

        var overLimit = Sessions.Create(options, new Calm());
        overLimit.InsertAll([new Signal("a"), new Signal("b"), new Signal("c"), new Signal("d")]);
        Assert.Equal("Calm", Assert.Throws<FiringLimitExceededException>(() => overLimit.Fire()).Rule);
    }

    [Fact]
    public void The_limit_counts_each_Fire_separately()
    {
        var session = Sessions.Create(new SessionOptions { FiringLimit = 2 }, new Calm());
        session.InsertAll([new Signal("a"), new Signal("b")]);
        Assert.Equal(2, session.Fire());

        session.InsertAll([new Signal("c"), new Signal("d")]);

        Assert.Equal(2, session.Fire());
    }

    public sealed class Spin : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then()
                .Do(ctx => counter.Increment())
                .Do(ctx => ctx.Update(counter));
        }
    }

    public sealed class Calm : Rule
    {
        public override void Define()
        {
            Signal signal = null!;
            When().Match(() => signal);
            Then().Do(ctx => ctx.Insert(new Note("calm " + signal.Name)));
        }
    }
}
