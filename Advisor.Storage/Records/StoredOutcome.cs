namespace Advisor.Storage.Records;

/// <summary>An outcome a person logged against one of their routines, as contract JSON.</summary>
public sealed record StoredOutcome(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt, string Outcome);
