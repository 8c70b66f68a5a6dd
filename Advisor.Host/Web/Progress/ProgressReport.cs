using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web.Progress;

/// <summary>A person's progress: how pain, stiffness, energy and focus moved over their logged routines, and how often they did them.</summary>
public sealed record ProgressReport(
    int Routines,
    int Outcomes,
    int Done,
    double Adherence,
    double Completion,
    IReadOnlyList<ProgressEntry> Entries,
    IReadOnlyDictionary<string, IReadOnlyList<ProgressReport.PainReading>> Pain)
{
    /// <summary>One region's pain around one logged routine.</summary>
    public sealed record PainReading(DateTimeOffset At, int? Before, int? After);

    /// <summary>Builds the report from the person's stored routines and outcomes.</summary>
    public static ProgressReport Of(
        IReadOnlyList<StoredRoutine> routines, IReadOnlyList<StoredOutcome> outcomes, IReadOnlyDictionary<string, DateTimeOffset> starts,
        IReadOnlySet<string> exerciseIds, JsonSerializerOptions json)
    {
        var planned = routines.ToDictionary(
            r => r.RoutineId,
            r => JsonSerializer.Deserialize<Routine>(r.Routine, json)!.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId).ToArray());
        var entries = outcomes
            .Select(o => ProgressEntry.Of(o, OutcomeReader.Read(o.Outcome, exerciseIds), planned.GetValueOrDefault(o.RoutineId) ?? []))
            .ToArray();
        var pain = entries
            .SelectMany(e => e.PainBefore.Keys.Union(e.PainAfter.Keys).Select(region => (region, e)))
            .GroupBy(p => p.region)
            .OrderBy(g => Array.IndexOf(Kebab.All<Region>().ToArray(), g.Key))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<PainReading>)g.Select(p => new PainReading(p.e.LoggedAt, Value(p.e.PainBefore, g.Key), Value(p.e.PainAfter, g.Key))).ToArray());
        var done = outcomes.Select(o => o.RoutineId).Concat(starts.Keys).ToHashSet();
        int due = Due(routines, done);
        var completions = entries.Where(e => e.Planned > 0).Select(e => Math.Min(1.0, (double)e.Completed / e.Planned)).ToArray();
        return new ProgressReport(
            routines.Count,
            outcomes.Count,
            done.Count,
            due == 0 ? 0 : Math.Round((double)done.Count / due, 3),
            completions.Length == 0 ? 0 : Math.Round(completions.Average(), 3),
            entries,
            pain);
    }

    /// <summary>
    /// The routines adherence is measured against. Looking is not doing: a routine asked for and
    /// then replaced, the same day, by another before it was started or logged was only looked at,
    /// so it does not count; the day's last routine left undone does.
    /// </summary>
    private static int Due(IReadOnlyList<StoredRoutine> routines, IReadOnlySet<string> done) =>
        routines.GroupBy(r => r.CreatedAt.UtcDateTime.Date)
            .Sum(day =>
            {
                var ordered = day.OrderBy(r => r.CreatedAt).ThenBy(r => r.RoutineId, StringComparer.Ordinal).ToArray();
                int doneThatDay = ordered.Count(r => done.Contains(r.RoutineId));
                return doneThatDay + (done.Contains(ordered[^1].RoutineId) ? 0 : 1);
            });

    private static int? Value(IReadOnlyDictionary<string, int> pain, string region) => pain.TryGetValue(region, out int value) ? value : null;
}
