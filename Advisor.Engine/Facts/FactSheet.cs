using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Facts;

/// <summary>Turns an assessment and a history into the facts a run of the guidance starts from.</summary>
public static class FactSheet
{
    /// <summary>How many of the latest routines' conditions the rules see; enough for "after the last routine" and a short run of them.</summary>
    public const int RecentRoutines = 5;

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
        foreach (object fact in Summarize(history, now)) yield return fact;
    }

    /// <summary>The bounded summary of <paramref name="history"/>: one pass over the log, a fact per region and per rated exercise.</summary>
    public static IEnumerable<object> Summarize(History history, DateTimeOffset now)
    {
        IReadOnlyList<LoggedOutcome> logged = history.Outcomes;
        if (logged.Count == 0) yield break;
        yield return new LogSummary(logged.Count, (int)(now - logged[0].At).TotalDays);

        var pain = new Dictionary<Region, PainTrend>();
        var ratings = new Dictionary<string, RatingHistory>(StringComparer.Ordinal);
        for (int i = 0; i < logged.Count; i++)
        {
            Outcome outcome = logged[i].Outcome;
            int routine = i + 1;
            foreach ((Region region, int before) in outcome.PainBefore)
            {
                if (!outcome.PainAfter.TryGetValue(region, out int after)) continue;
                var change = new PainChange(before, after, routine);
                pain[region] = pain.TryGetValue(region, out PainTrend? trend)
                    ? new PainTrend(region, change, trend.Latest, Math.Max(trend.HighestEarlierAfter, trend.Latest.After), change.Rose ? change : trend.LastRise)
                    : new PainTrend(region, change, null, -1, change.Rose ? change : null);
            }

            foreach ((string exercise, Rating rating) in outcome.Ratings)
            {
                int notTooHard = (ratings.TryGetValue(exercise, out RatingHistory? earlier) ? earlier.TimesNotTooHard : 0)
                    + (rating == Rating.TooHard ? 0 : 1);
                ratings[exercise] = new RatingHistory(exercise, rating, routine, notTooHard);
            }
        }

        foreach (PainTrend trend in pain.Values) yield return trend;
        foreach (RatingHistory rating in ratings.Values) yield return rating;
        for (int i = Math.Max(0, logged.Count - RecentRoutines); i < logged.Count; i++)
        {
            foreach (Condition condition in logged[i].Outcome.Conditions) yield return new ConditionLog(condition, i + 1);
        }
    }
}
