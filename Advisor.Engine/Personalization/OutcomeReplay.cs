using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Replaying logged outcomes into a ranker: what it learns from one record, and teaching it a
/// history in the order it was logged (by time, then id), the order its learning depends on.
/// </summary>
public static class OutcomeReplay
{
    /// <summary>The outcome of a record, its exercise ids checked against <paramref name="catalog"/>.</summary>
    public static Outcome OutcomeOf(ServedOutcome record, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(catalog);
        return OutcomeReader.Read(record.Outcome, catalog.Ids);
    }

    /// <summary>
    /// Teaches <paramref name="ranker"/> one outcome of one routine: the assessment it answered and
    /// the routine as served, both as contract JSON, the outcome, and when it was logged, if known.
    /// </summary>
    public static void Learn(IRanker ranker, string personId, string assessment, string routine, Outcome outcome, Stamp? logged = null)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(routine);
        ranker.Learn(personId, AssessmentReader.Read(assessment), StoredRoutineJson.Read(routine), outcome, logged);
    }

    /// <summary>Teaches <paramref name="ranker"/> every record of <paramref name="logged"/>, in order; returns how many.</summary>
    public static Task<long> ReplayAsync(IAsyncEnumerable<ServedOutcome> logged, IRanker ranker, ExerciseCatalog catalog, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(catalog);
        return ReplayAsync(logged, record =>
        {
            Learn(ranker, record.PersonId, record.Assessment, record.Routine, OutcomeOf(record, catalog));
            return true;
        }, cancel);
    }

    /// <summary>
    /// Offers each record of <paramref name="logged"/>, in order, to <paramref name="learnOnce"/>, which
    /// learns it and returns true, or returns false for one learned already; returns how many were learned.
    /// </summary>
    /// <typeparam name="TRecord">A logged record, in whatever shape its source lists it.</typeparam>
    /// <remarks>A host learning online as well decides there, under its own gate, what was learned already.</remarks>
    public static async Task<long> ReplayAsync<TRecord>(IAsyncEnumerable<TRecord> logged, Func<TRecord, bool> learnOnce, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(learnOnce);
        long count = 0;
        await foreach (TRecord record in logged.WithCancellation(cancel))
        {
            if (learnOnce(record)) count++;
        }

        return count;
    }
}
