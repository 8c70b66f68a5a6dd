namespace Advisor.Engine.Outcomes;

/// <summary>One logged outcome with the routine it answers and whose it is: what a learner replays.</summary>
public sealed record LoggedRoutine(string PersonId, StoredRoutine Routine, StoredOutcome Outcome);
