using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Facts;

/// <summary>Turns an assessment and a history into the facts a run of the guidance starts from.</summary>
public static class FactSheet
{
    /// <summary>How many of the latest routines' conditions the rules see; enough for "after the last routine" and a short run of them.</summary>
    public const int RecentRoutines = HistorySummary.RecentRoutines;

    /// <summary>The facts of <paramref name="assessment"/> and <paramref name="history"/> as of <paramref name="now"/>.</summary>
    public static IEnumerable<object> Of(Assessment assessment, History history, DateTimeOffset now) =>
        Of(assessment, HistorySummary.Of(history), now);

    /// <summary>The facts of <paramref name="assessment"/> and a history already summarized, as of <paramref name="now"/>.</summary>
    public static IEnumerable<object> Of(Assessment assessment, HistorySummary history, DateTimeOffset now)
    {
        yield return new Occasion(assessment.Setting, assessment.Day, assessment.Minutes);
        foreach (RedFlag flag in assessment.RedFlags) yield return new ReportedRedFlag(flag);
        foreach (PainPoint point in assessment.PainPoints) yield return point;
        foreach (Muscle muscle in assessment.InactiveMuscles) yield return new InactiveMuscle(muscle);
        foreach (Muscle muscle in assessment.TightMuscles) yield return new TightMuscle(muscle);
        foreach (Muscle muscle in assessment.WeakMuscles) yield return new WeakMuscle(muscle);
        foreach (Condition condition in assessment.Conditions) yield return new ReportedCondition(condition);
        foreach (Equipment item in assessment.Equipment) yield return new HasEquipment(item);
        foreach (object fact in history.Facts(now)) yield return fact;
    }

    /// <summary>The bounded summary of <paramref name="history"/> as facts: one per region and per rated exercise (see <see cref="HistorySummary"/>).</summary>
    public static IEnumerable<object> Summarize(History history, DateTimeOffset now) => HistorySummary.Of(history).Facts(now);
}
