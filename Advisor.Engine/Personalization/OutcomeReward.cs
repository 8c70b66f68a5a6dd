using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Personalization;

/// <summary>
/// The reward of one served item, from the routine's outcome, between 0 and 1:
/// <list type="bullet">
/// <item>not done: 0, because neither the pain that followed nor a rating can be credited to it;</item>
/// <item>done: 0.2, plus 0.5 × relief, plus 0.3 × rating.</item>
/// </list>
/// Relief is the mean fall in logged pain over the regions the exercise moves, as
/// <c>0.5 + fall / 6</c> clamped to 0..1 (a fall of 3 points or more is full relief, a rise of 3
/// none); 0.5 when none of its regions was logged. Rating: "right" 1, "effortless" 0.6 (fine, but
/// due to progress, G25), "too-hard" 0; 0.5 when not rated. An item is done when the outcome lists
/// it as completed or rates it; an outcome that lists no completed exercise and rates none does not
/// say what was done, so every item counts as done.
/// </summary>
public static class OutcomeReward
{
    /// <summary>The reward of <paramref name="exercise"/> in a routine that had <paramref name="outcome"/>.</summary>
    public static double For(Exercise exercise, Outcome outcome)
    {
        if (!WasDone(exercise.Id, outcome)) return 0;
        double rating = outcome.Ratings.TryGetValue(exercise.Id, out Rating r)
            ? r switch { Rating.Right => 1, Rating.Effortless => 0.6, _ => 0 }
            : 0.5;
        return 0.2 + 0.5 * Relief(exercise, outcome) + 0.3 * rating;
    }

    /// <summary>True when the outcome says the exercise was done, or does not say what was done.</summary>
    public static bool WasDone(string exerciseId, Outcome outcome) =>
        outcome.Completed.Contains(exerciseId) || outcome.Ratings.ContainsKey(exerciseId)
        || (outcome.Completed.Count == 0 && outcome.Ratings.Count == 0);

    private static double Relief(Exercise exercise, Outcome outcome)
    {
        double fall = 0;
        int logged = 0, seen = 0;
        foreach (Region region in exercise.Regions)
        {
            // A region listed twice counts once; a bit mask keeps this free of allocations.
            if ((seen & (1 << (int)region)) != 0) continue;
            seen |= 1 << (int)region;
            if (!outcome.PainBefore.TryGetValue(region, out int before) || !outcome.PainAfter.TryGetValue(region, out int after)) continue;
            fall += before - after;
            logged++;
        }

        return logged == 0 ? 0.5 : Math.Clamp(0.5 + fall / logged / 6, 0, 1);
    }
}
