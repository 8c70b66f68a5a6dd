using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Progress;

/// <summary>One logged outcome against the routine it answers.</summary>
/// <param name="RoutineId">The routine the outcome was logged for.</param>
/// <param name="LoggedAt">When it was logged.</param>
/// <param name="Planned">How many items the routine has; 0 when the routine is not among the person's.</param>
/// <param name="Completed">How many of the routine's own items the outcome lists as completed.</param>
/// <param name="Outcome">The outcome as logged.</param>
public sealed record OutcomeProgress(string RoutineId, DateTimeOffset LoggedAt, int Planned, int Completed, Outcome Outcome)
{
    /// <summary>
    /// The entry for one logged outcome of a routine whose items are <paramref name="planned"/>. Only
    /// the routine's own items count as completed; an exercise done besides them is not one of its items.
    /// </summary>
    public static OutcomeProgress Of(RoutineOutcome logged, IReadOnlyList<string> planned) => new(
        logged.RoutineId,
        logged.LoggedAt,
        planned.Count,
        logged.Outcome.Completed.Count(planned.Contains),
        logged.Outcome);
}
