namespace Advisor.Storage.Records;

/// <summary>A routine as a person's list shows it: the stored routine, and whether they logged or started it.</summary>
public sealed record ListedRoutine(StoredRoutine Routine, bool Logged, bool Started);
