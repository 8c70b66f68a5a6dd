namespace Advisor.Engine.Progress;

/// <summary>How often a person did the routines that were due: the routines done over those due, 0 to 1.</summary>
public static class Adherence
{
    /// <summary>
    /// The share of the due <paramref name="routines"/> that are <paramref name="done"/> (started or
    /// logged), to three places; 0 when none was due.
    /// </summary>
    public static double Of(IReadOnlyList<PlannedRoutine> routines, IReadOnlySet<string> done)
    {
        ArgumentNullException.ThrowIfNull(routines);
        ArgumentNullException.ThrowIfNull(done);
        int due = Due(routines, done);
        return due == 0 ? 0 : Math.Round((double)done.Count / due, 3);
    }

    /// <summary>
    /// The routines adherence is measured against. Looking is not doing: a routine asked for and
    /// then replaced, the same day, by another before it was started or logged was only looked at,
    /// so it does not count; the day's last routine left undone does.
    /// </summary>
    public static int Due(IReadOnlyList<PlannedRoutine> routines, IReadOnlySet<string> done) =>
        routines.GroupBy(r => r.CreatedAt.UtcDateTime.Date)
            .Sum(day =>
            {
                var ordered = day.OrderBy(r => r.CreatedAt).ThenBy(r => r.RoutineId, StringComparer.Ordinal).ToArray();
                int doneThatDay = ordered.Count(r => done.Contains(r.RoutineId));
                return doneThatDay + (done.Contains(ordered[^1].RoutineId) ? 0 : 1);
            });
}
