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

    /// <summary>
    /// Learns a window of the most recent outcomes, as <see cref="LearnAsync"/> does; those logged
    /// before the window count as learned (<see cref="LearnedOutcomes.LearnedBefore"/>), left to the page-in.
    /// </summary>
    public static Task<long> LearnWindowAsync(IAsyncEnumerable<LoggedRoutine> window, LearningOrder learning, ExerciseCatalog catalog) =>
        LearnAsync(FromFirst(window, first => learning.Exclusively(l =>
        {
            l.LearnedBefore(first);
            return first;
        })), learning, catalog);

    /// <summary>The same records, calling <paramref name="first"/> with the first one's stamp before handing it on.</summary>
    public static async IAsyncEnumerable<LoggedRoutine> FromFirst(IAsyncEnumerable<LoggedRoutine> logged, Action<Stamp> first)
    {
        bool seen = false;
        await foreach (LoggedRoutine record in logged)
        {
            if (!seen) first(StampOf(record));
            seen = true;
            yield return record;
        }
    }

    /// <summary>Where <paramref name="record"/> stands in the learning order.</summary>
    public static Stamp StampOf(LoggedRoutine record) => new(record.Outcome.LoggedAt, record.Outcome.OutcomeId);
}
