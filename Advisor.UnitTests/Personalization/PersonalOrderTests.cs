using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>The builder's side of the bounds: whatever a ranker answers, the rules' guidelines hold, and an answer outside the bounds is refused.</summary>
public sealed class PersonalOrderTests
{
    private const int Seed = 99;

    [Fact]
    public void Any_order_within_the_fixed_pairs_keeps_every_guideline()
    {
        Recommender shuffled = Rankers.With(new ShufflingRanker(Seed));
        var failures = new List<string>();
        foreach ((int n, Assessment assessment, History? history) in RandomPeople.OverTheCatalog(Seed).EveryThirdWithHistory(600))
        {
            Routine routine = shuffled.Recommend(assessment, history, $"shuffled-{n}").Routine;
            var broken = GuidelineInvariants.Check(GuidanceFixture.Shared, assessment, history, routine);
            if (broken.Count > 0 && failures.Count < 3) failures.Add($"#{n}: {string.Join("; ", broken)}\n  assessment: {AssessmentJson.Write(assessment)}\n  routine: {routine.Describe()}");
        }

        Assert.True(failures.Count == 0, $"A shuffled order broke a guideline (seed {Seed}); the first:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void An_order_that_breaks_a_fixed_pair_is_refused()
    {
        Recommender reversed = Rankers.With(new ReversingRanker());
        Assessment quietAbdominals = new() { InactiveMuscles = [Muscle.Abdominals], Minutes = 60, Equipment = [Equipment.Mat] };

        var refused = Assert.Throws<InvalidOperationException>(() => reversed.Recommend(quietAbdominals, routineId: "reversed"));
        Assert.Contains("fixed pairs", refused.Message);
    }

    /// <summary>Reverses every phase, ignoring the fixed pairs.</summary>
    private sealed class ReversingRanker : IRanker
    {
        public bool Enabled => true;

        public PhaseRanking Rank(RankingRequest request) =>
            Ranked(Enumerable.Range(0, request.Candidates.Count).Reverse().ToList(), request.Candidates.Count);

        public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null)
        {
        }
    }

    /// <summary>An answer in <paramref name="order"/>, each placement certain.</summary>
    internal static PhaseRanking Ranked(IReadOnlyList<int> order, int count)
    {
        var placements = new Placement[count];
        for (int place = 0; place < count; place++)
            placements[order[place]] = new Placement(new ItemPersonalization { Probability = 1, Place = place + 1, RulesPlace = order[place] + 1, Score = 0.5 }, null);
        return new PhaseRanking(order, placements);
    }
}
