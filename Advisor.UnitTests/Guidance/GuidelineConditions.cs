using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// When a guideline that answers a particular situation may be cited (G42: each reason is the true
/// one). A routine citing G39 for someone without a left/right imbalance, or G29 on a day without
/// heavy lower-body sets, says something false about why an item is there.
/// </summary>
internal static class GuidelineConditions
{
    private static readonly Dictionary<string, Func<Assessment, History?, bool>> Situations = new()
    {
        ["G1"] = (a, _) => a.RedFlags.Count > 0,
        ["G5"] = (a, h) => a.Conditions.Contains(Condition.Frustrated) || Logged(h, Condition.Frustrated),
        ["G13"] = (a, _) => a.InactiveMuscles.Contains(Muscle.Glutes) || a.InactiveMuscles.Contains(Muscle.LowerBack),
        ["G14"] = (a, _) => a.TightMuscles.Contains(Muscle.InnerThighs),
        ["G16"] = (a, _) => a.InactiveMuscles.Contains(Muscle.Abdominals),
        ["G20"] = (a, h) => a.WeakMuscles.Count > 0 || a.InactiveMuscles.Count > 0 && h is not null,
        ["G21"] = (a, _) => a.Setting == Setting.Desk,
        ["G24"] = (a, _) => a.Setting == Setting.Desk,
        ["G27"] = (a, _) => a.Day is Day.LowerBody or Day.FullBody,
        ["G28"] = (a, _) => a.Day is Day.UpperBody or Day.FullBody,
        ["G29"] = (a, _) => a.Setting == Setting.Gym && a.Day is Day.LowerBody or Day.FullBody,
        ["G30"] = (a, _) => a.Conditions.Contains(Condition.KneeValgus) || Involves(a, Muscle.GluteMedius),
        ["G31"] = (a, _) => a.Conditions.Contains(Condition.RoundedShoulders),
        ["G32"] = (a, _) => a.Conditions.Contains(Condition.Sedentary),
        ["G33"] = (a, _) => a.Conditions.Contains(Condition.AnkleInstability),
        ["G34"] = (a, _) => a.Conditions.Contains(Condition.OverheadLifting) || Involves(a, Muscle.RotatorCuff),
        ["G35"] = (a, _) => a.Day is Day.UpperBody or Day.FullBody,
        ["G36"] = (a, _) => a.Day == Day.Recovery,
        ["G37"] = (a, _) => a.Day == Day.PostWorkout,
        ["G39"] = (a, _) => a.Conditions.Contains(Condition.LeftRightImbalance),
    };

    /// <summary>Why citing <paramref name="guideline"/> would be false for this person; null when it may be cited.</summary>
    public static string? Misfit(string guideline, Assessment assessment, History? history)
    {
        if (!Guidelines.Contains(guideline)) return $"{guideline} is not a guideline";
        return Situations.TryGetValue(guideline, out var holds) && !holds(assessment, history)
            ? $"{guideline} is cited but its situation does not hold"
            : null;
    }

    private static readonly HashSet<string> Guidelines = Enumerable.Range(1, 42).Select(n => $"G{n}").ToHashSet();

    private static bool Involves(Assessment a, Muscle muscle) =>
        a.InactiveMuscles.Contains(muscle) || a.TightMuscles.Contains(muscle) || a.WeakMuscles.Contains(muscle);

    private static bool Logged(History? history, Condition condition) =>
        history is not null && history.Outcomes.Any(o => o.Outcome.Conditions.Contains(condition));
}
