namespace Advisor.Storage.Records;

/// <summary>A routine served to a person, kept with the assessment it answered, both as contract JSON.</summary>
public sealed record StoredRoutine(string RoutineId, string PersonId, DateTimeOffset CreatedAt, string Assessment, string Routine);
