using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Progress;

/// <summary>One outcome a person logged, against the routine it answers.</summary>
/// <param name="RoutineId">The routine it was logged for.</param>
/// <param name="LoggedAt">When it was logged.</param>
/// <param name="Outcome">The outcome, read.</param>
public sealed record RoutineOutcome(string RoutineId, DateTimeOffset LoggedAt, Outcome Outcome);
