using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Facts;

/// <summary>Turns an assessment and a history into the facts a rule session starts from.</summary>
public static class FactSheet
{
    /// <summary>The facts of <paramref name="assessment"/> and <paramref name="history"/> as of <paramref name="now"/>.</summary>
    public static IEnumerable<object> Of(Assessment assessment, History history, DateTimeOffset now)
    {
        yield return new Occasion(assessment.Setting, assessment.Day, assessment.Minutes);
        foreach (RedFlag flag in assessment.RedFlags) yield return new ReportedRedFlag(flag);
        foreach (PainPoint point in assessment.PainPoints) yield return point;
        foreach (Muscle muscle in assessment.InactiveMuscles) yield return new InactiveMuscle(muscle);
        foreach (Muscle muscle in assessment.TightMuscles) yield return new TightMuscle(muscle);
        foreach (Muscle muscle in assessment.WeakMuscles) yield return new WeakMuscle(muscle);
        foreach (Condition condition in assessment.Conditions) yield return new ReportedCondition(condition);
        foreach (Equipment item in assessment.Equipment) yield return new HasEquipment(item);
        foreach (object fact in Of(history, now)) yield return fact;
    }

    private static IEnumerable<object> Of(History history, DateTimeOffset now)
    {
        IReadOnlyList<LoggedOutcome> logged = history.Outcomes;
        if (logged.Count > 0)
        {
            int days = (int)(now - logged[0].At).TotalDays;
            yield return new LogSummary(logged.Count, days);
        }

        for (int i = 0; i < logged.Count; i++)
        {
            Outcome outcome = logged[i].Outcome;
            int routine = i + 1;
            foreach ((Region region, int before) in outcome.PainBefore)
            {
                if (outcome.PainAfter.TryGetValue(region, out int after)) yield return new PainLog(region, before, after, routine);
            }

            foreach ((string exercise, Rating rating) in outcome.Ratings) yield return new RatingLog(exercise, rating, routine);
            foreach (Condition condition in outcome.Conditions) yield return new ConditionLog(condition, routine);
        }
    }
}
