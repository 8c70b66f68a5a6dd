using Advisor.Engine.Personalization;
using static Advisor.UnitTests.Outcomes.StoredRecords;
using Advisor.Storage.Records;
using StoredLog = Advisor.Storage.Records.LoggedRoutine;

namespace Advisor.UnitTests.Personalization;

/// <summary>The offline evaluation loop: logged routines and outcomes in, the served order's and the rules' order's estimates out, without a store or a host.</summary>
public sealed class OrderEvaluationTests
{
    [Fact]
    public async Task A_hand_made_history_gives_the_estimates_worked_out_by_hand()
    {
        // No pain is logged, so every done item's relief is 0.5 and its reward is 0.2 + 0.25 + 0.3 × rating.
        // Ranked routine: back-lift at the rules' place with p 0.5, done and rated right: 0.75;
        //   hip-circles moved from the rules' 2nd place to 1st with p 0.25, done and rated too hard: 0.45;
        //   an exercise the catalog no longer has: left out.
        // Rules-only routine (no ranker, p 1): ankle-pumps rated effortless: 0.63; hip-circles neither
        //   completed nor rated while something was rated, so not done: 0.
        // As served every weight is p / p = 1: (0.75 + 0.45 + 0.63 + 0) / 4 = 0.4575, effective size 4² / 4 = 4.
        // Rules' order: weights 1/0.5 = 2, 0/0.25 = 0, 1/1 = 1, 1/1 = 1:
        //   (2·0.75 + 0 + 1·0.63 + 1·0) / 4 = 2.13 / 4 = 0.5325, effective size 4² / (4 + 0 + 1 + 1) = 16/6.
        var ranked = Routine("r1", Monday,
            Item("back-lift", Placed(0.5, 1, 1)),
            Item("hip-circles", Placed(0.25, 1, 2)),
            Item("retired-exercise", Placed(0.5, 2, 2)));
        var rulesOnly = Routine("r2", Monday.AddDays(1), "ankle-pumps", "hip-circles");
        StoredLog[] history =
        [
            new(PersonId, ranked, Outcome("o1", ranked, Monday.AddHours(1),
                """{ "completed": ["back-lift", "hip-circles"], "ratings": { "back-lift": "right", "hip-circles": "too-hard" } }""")),
            new(PersonId, rulesOnly, Outcome("o2", rulesOnly, Monday.AddDays(1).AddHours(1),
                """{ "ratings": { "ankle-pumps": "effortless" } }""")),
        ];

        OrderComparison comparison = await OrderEvaluation.CompareAsync(Listed(history), Exercises);

        Assert.Equal(4, comparison.Decisions);
        Assert.Equal(0.4575, comparison.AsServed.Value, 10);
        Assert.Equal(4, comparison.AsServed.EffectiveSampleSize, 10);
        Assert.Equal(0.5325, comparison.RulesOnly.Value, 10);
        Assert.Equal(16.0 / 6, comparison.RulesOnly.EffectiveSampleSize, 10);
        Assert.Equal(4, comparison.RulesOnly.Decisions);
    }

    [Fact]
    public async Task A_history_with_no_outcome_has_no_decision_and_no_estimate()
    {
        OrderComparison comparison = await OrderEvaluation.CompareAsync(Listed([]), Exercises);

        Assert.Equal(0, comparison.Decisions);
        Assert.True(double.IsNaN(comparison.AsServed.Value));
        Assert.True(double.IsNaN(comparison.RulesOnly.Value));
    }

    [Fact]
    public void Each_catalog_item_of_a_routine_is_one_decision_weighed_by_its_logged_probability()
    {
        var routine = Routine("r1", Monday, Item("back-lift", Placed(0.5, 2, 1)), Item("ankle-pumps"));
        var logged = new StoredLog(PersonId, routine, Outcome("o1", routine, Monday.AddHours(1), """{ "completed": ["back-lift"] }"""));

        var decisions = OrderEvaluation.Decisions(logged.AsServed(), Exercises).ToArray();

        // back-lift was done, unrated: 0.2 + 0.25 + 0.15 = 0.6, and the rules would not have put it 2nd;
        // ankle-pumps was not done, and sat where the rules put it.
        Assert.Equal(
            [(new LoggedDecision(0.5, 0.6, 0.5), new LoggedDecision(0.5, 0.6, 0)), (new LoggedDecision(1, 0, 1), new LoggedDecision(1, 0, 1))],
            decisions.Select(d => (Round(d.Served), Round(d.RulesOnly))));
    }

    private static LoggedDecision Round(LoggedDecision d) => d with { Reward = Math.Round(d.Reward, 10) };

    private static async IAsyncEnumerable<ServedOutcome> Listed(IEnumerable<StoredLog> history)
    {
        foreach (StoredLog logged in history)
        {
            await Task.Yield();
            yield return logged.AsServed();
        }
    }
}
