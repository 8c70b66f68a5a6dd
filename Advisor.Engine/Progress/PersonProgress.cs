namespace Advisor.Engine.Progress;

/// <summary>A person's progress over their logged history: how often they did their routines, how much of each, and how pain moved.</summary>
/// <param name="Routines">How many routines the person has.</param>
/// <param name="Outcomes">How many outcomes they logged.</param>
/// <param name="Done">How many of their routines they started or logged.</param>
/// <param name="Adherence">Done over the routines that were due (<see cref="Progress.Adherence"/>), 0 to 1, to three places.</param>
/// <param name="Completion">The mean share of a routine's own items completed, over the outcomes of routines with items, 0 to 1, to three places.</param>
/// <param name="Entries">One per logged outcome, in the order given.</param>
/// <param name="Pain">One series per region with logged pain, in the contract's region order.</param>
public sealed record PersonProgress(
    int Routines,
    int Outcomes,
    int Done,
    double Adherence,
    double Completion,
    IReadOnlyList<OutcomeProgress> Entries,
    IReadOnlyList<PainSeries> Pain)
{
    /// <summary>The progress of a person from their history.</summary>
    /// <param name="routines">Their routines.</param>
    /// <param name="outcomes">Their outcomes, oldest first.</param>
    /// <param name="starts">When they started a routine, by routine id.</param>
    public static PersonProgress Of(
        IReadOnlyList<PlannedRoutine> routines, IReadOnlyList<RoutineOutcome> outcomes, IReadOnlyDictionary<string, DateTimeOffset> starts)
    {
        ArgumentNullException.ThrowIfNull(routines);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(starts);
        var planned = routines.ToDictionary(r => r.RoutineId, r => r.Items());
        var entries = outcomes
            .Select(o => OutcomeProgress.Of(o, planned.GetValueOrDefault(o.RoutineId) ?? []))
            .ToArray();
        var done = outcomes.Select(o => o.RoutineId).Concat(starts.Keys).ToHashSet();
        // An outcome of a routine without items says nothing about how much of it was done.
        var completions = entries.Where(e => e.Planned > 0).Select(e => Math.Min(1.0, (double)e.Completed / e.Planned)).ToArray();
        return new PersonProgress(
            routines.Count,
            outcomes.Count,
            done.Count,
            Progress.Adherence.Of(routines, done),
            completions.Length == 0 ? 0 : Math.Round(completions.Average(), 3),
            entries,
            PainSeries.Of(entries));
    }
}
