using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Replaying stored outcomes into a ranker: what it learns from one stored record, and teaching it
/// a history in the order the store lists it (by time, then id), the order its learning depends on.
/// </summary>
public static class OutcomeReplay
{
    /// <summary>The outcome of a stored record, its exercise ids checked against <paramref name="catalog"/>.</summary>
    public static Outcome OutcomeOf(LoggedRoutine record, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(catalog);
        return OutcomeReader.Read(record.Outcome.Outcome, catalog.Ids);
    }

    /// <summary>Teaches <paramref name="ranker"/> one outcome of one stored routine: the assessment it answered, the routine as served, the outcome.</summary>
    public static void Learn(IRanker ranker, string personId, StoredRoutine routine, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(routine);
        ranker.Learn(personId, AssessmentReader.Read(routine.Assessment), StoredRoutineJson.Read(routine.Routine), outcome);
    }

    /// <summary>Teaches <paramref name="ranker"/> every record of <paramref name="logged"/>, in order; returns how many.</summary>
    public static Task<long> ReplayAsync(IAsyncEnumerable<LoggedRoutine> logged, IRanker ranker, ExerciseCatalog catalog, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(catalog);
        return ReplayAsync(logged, record =>
        {
            Learn(ranker, record.PersonId, record.Routine, OutcomeOf(record, catalog));
            return true;
        }, cancel);
    }

    /// <summary>
    /// Offers each record of <paramref name="logged"/>, in order, to <paramref name="learnOnce"/>, which
    /// learns it and returns true, or returns false for one learned already; returns how many were learned.
    /// </summary>
    /// <remarks>A host learning online as well decides there, under its own gate, what was learned already.</remarks>
    public static async Task<long> ReplayAsync(IAsyncEnumerable<LoggedRoutine> logged, Func<LoggedRoutine, bool> learnOnce, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(learnOnce);
        long count = 0;
        await foreach (LoggedRoutine record in logged.WithCancellation(cancel))
        {
            if (learnOnce(record)) count++;
        }

        return count;
    }
}
