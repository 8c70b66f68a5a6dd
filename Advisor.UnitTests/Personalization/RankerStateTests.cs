using Advisor.Engine.Personalization;

namespace Advisor.UnitTests.Personalization;

/// <summary>The model comparison the learning tests rely on tells different models apart, so their "the same" can fail.</summary>
public sealed class RankerStateTests
{
    [Fact]
    public void A_ranker_that_learned_one_outcome_more_holds_another_model()
    {
        var options = new RankerOptions { Seed = 5 };
        var ranker = Rankers.Fresh(options);
        var fewer = Rankers.Fresh(options);
        IReadOnlyList<LoggedRoutine> log = Rankers.Train(ranker, 20, 5);
        foreach (LoggedRoutine logged in log.Take(log.Count - 1)) fewer.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);

        Assert.False(ranker.SameModelAs(fewer), "one outcome fewer, yet the same model");
        LoggedRoutine last = log[^1];
        fewer.Learn(last.PersonId, last.Assessment, last.Routine, last.Outcome);
        Assert.True(ranker.SameModelAs(fewer), "the same outcomes in the same order, yet another model");
    }

    [Fact]
    public void Two_fresh_rankers_hold_the_same_model() =>
        Assert.True(Rankers.Fresh(new RankerOptions()).SameModelAs(Rankers.Fresh(new RankerOptions())));
}
