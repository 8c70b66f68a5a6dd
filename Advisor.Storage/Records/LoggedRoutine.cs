using Advisor.Engine.Personalization;

namespace Advisor.Storage.Records;

/// <summary>One logged outcome with the routine it answers and whose it is: what a learner replays.</summary>
public sealed record LoggedRoutine(string PersonId, StoredRoutine Routine, StoredOutcome Outcome)
{
    /// <summary>The record as the engine's learners and evaluation read it.</summary>
    public ServedOutcome AsServed() =>
        new(PersonId, Outcome.OutcomeId, Outcome.LoggedAt, Routine.Assessment, Routine.Routine, Outcome.Outcome);
}
