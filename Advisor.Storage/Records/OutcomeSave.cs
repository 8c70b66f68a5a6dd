namespace Advisor.Storage.Records;

/// <summary>What became of an outcome handed to the store.</summary>
public enum OutcomeSaveStatus
{
    /// <summary>Stored now.</summary>
    Stored,

    /// <summary>A retry of an outcome already stored with the same idempotency key; nothing new was written.</summary>
    Replayed,

    /// <summary>The idempotency key was already used for a different outcome; nothing was written.</summary>
    KeyReused,

    /// <summary>The person has no routine with that id; nothing was written.</summary>
    RoutineNotFound,
}

/// <summary>The store's answer to an outcome: its status and, when stored or replayed, the stored outcome.</summary>
public sealed record OutcomeSave(OutcomeSaveStatus Status, StoredOutcome? Outcome = null);
