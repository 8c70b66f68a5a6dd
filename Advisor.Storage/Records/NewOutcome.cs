namespace Advisor.Storage.Records;

/// <summary>
/// An outcome to store. <paramref name="IdempotencyKey"/> makes a client's retry land once;
/// <paramref name="Fingerprint"/> (a hash of the request body) tells a retry from a different
/// request that reuses the key.
/// </summary>
public sealed record NewOutcome(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt, string Outcome, string? IdempotencyKey, string Fingerprint);
