using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>The host's side of replaying stored outcomes (<see cref="OutcomeReplay"/>): through the learning order, each once.</summary>
public static class StoredLearning
{
    /// <summary>A stored record as the ranker learns it, the outcome parsed.</summary>
    public static OutcomeToLearn Read(LoggedRoutine record, ExerciseCatalog catalog) =>
        new(StampOf(record), record.PersonId, record.Routine, OutcomeReplay.OutcomeOf(record.AsServed(), catalog));

    /// <summary>Learns each of <paramref name="logged"/> not learned yet; returns how many were learned now.</summary>
    public static Task<long> LearnAsync(IAsyncEnumerable<LoggedRoutine> logged, LearningOrder learning, ExerciseCatalog catalog) =>
        // Parsed only when claimed: a record learned already costs a lookup.
        OutcomeReplay.ReplayAsync(logged, record => learning.LearnStored(StampOf(record), () => Read(record, catalog)));

    private static Stamp StampOf(LoggedRoutine record) => new(record.Outcome.LoggedAt, record.Outcome.OutcomeId);
}
