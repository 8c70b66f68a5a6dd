using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Personalization;

/// <summary>Personalization off, or on with nothing learned, is the rules' order exactly.</summary>
public sealed class RulesOrderTests
{
    private const int Seed = 4242;

    [Fact]
    public void Switched_off_the_routine_is_byte_identical_to_one_without_a_ranker()
    {
        var off = Rankers.Fresh(new RankerOptions { Enabled = false });
        Rankers.Train(off, 200, Seed);
        Recommender rulesOnly = Rankers.With(null), switchedOff = Rankers.With(off);

        foreach (var (name, assessment, history) in Examples.AndRandom(300, Seed))
        {
            string expected = RoutineJson.Write(rulesOnly.Recommend(assessment, history, "same-id").Routine);
            string actual = RoutineJson.Write(switchedOff.Recommend(assessment, history, "same-id", "person-1").Routine);
            Assert.True(expected == actual, $"{name}: the routine changed with personalization off.\nexpected: {expected}\nactual: {actual}");
        }
    }

    [Fact]
    public void With_no_data_anywhere_the_rules_order_stands_with_certainty()
    {
        Recommender rulesOnly = Rankers.With(null), empty = Rankers.With(Rankers.Fresh());

        foreach (var (name, assessment, history) in Examples.AndRandom(300, Seed + 1))
        {
            Routine rules = rulesOnly.Recommend(assessment, history, "same-id").Routine;
            Routine personalized = empty.Recommend(assessment, history, "same-id", "newcomer").Routine;

            Assert.Equal(RoutineJson.Write(rules), RoutineJson.Write(Rankers.WithoutPersonalization(personalized)));
            foreach (RoutineItem item in personalized.Phases.SelectMany(p => p.Items))
            {
                ItemPersonalization placed = item.Personalization ?? throw new Xunit.Sdk.XunitException($"{name}: {item.ExerciseId} has no personalization record");
                Assert.True(placed.Probability == 1 && placed.Place == placed.RulesPlace && placed.Score == 0.5, $"{name}: {item.ExerciseId} {placed}");
            }
        }
    }
}
