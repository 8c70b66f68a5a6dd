namespace Advisor.Engine.Outcomes;

/// <summary>An outcome with when it was logged.</summary>
public sealed record LoggedOutcome(DateTimeOffset At, Outcome Outcome);
