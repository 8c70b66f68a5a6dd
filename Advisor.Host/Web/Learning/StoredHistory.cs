using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Where the ranker reads a person's outcomes back when it pages in a layer it dropped: the store,
/// less the outcomes stored but not learned yet (a write whose turn has not come, or another host's
/// not yet polled), which the ranker learns, personal part and all, when their turn comes.
/// </summary>
/// <remarks>
/// Synchronous, as ranking and learning are: the read blocks the calling thread for one query of
/// the person's outcomes and one of their routines. A learning that pages someone in holds the
/// learning order meanwhile, so outcomes stored then wait for it.
/// </remarks>
public sealed class StoredHistory(IHistoryStore store, ExerciseCatalog catalog, LearningOrder learning, ILogger<StoredHistory> log)
    : IPersonalHistorySource
{
    /// <inheritdoc />
    public IReadOnlyList<PersonalOutcome> OutcomesOf(string personId)
    {
        IReadOnlyList<StoredOutcome> outcomes = store.OutcomesAsync(personId).GetAwaiter().GetResult();
        if (outcomes.Count == 0) return [];
        // Decided at one moment of the learning order, so an outcome is either learned already or learned after this.
        StoredOutcome[] learned = learning.Exclusively(l => outcomes.Where(o => l.Covers(new Stamp(o.LoggedAt, o.OutcomeId))).ToArray());
        if (learned.Length == 0) return [];
        Dictionary<string, StoredRoutine> routines = store.RoutinesAsync(personId).GetAwaiter().GetResult().ToDictionary(r => r.RoutineId, StringComparer.Ordinal);
        var history = new List<PersonalOutcome>(learned.Length);
        // A routine is read once however many outcomes it has: a person logs the same routine day after day.
        var served = new Dictionary<string, (Assessment Assessment, Routine Routine)>(StringComparer.Ordinal);
        foreach (StoredOutcome outcome in learned)
        {
            if (!routines.TryGetValue(outcome.RoutineId, out StoredRoutine? routine)) continue;
            try
            {
                if (!served.TryGetValue(outcome.RoutineId, out (Assessment Assessment, Routine Routine) read))
                    served[outcome.RoutineId] = read = (AssessmentReader.Read(routine.Assessment), StoredRoutineJson.Read(routine.Routine));
                history.Add(new PersonalOutcome(read.Assessment, read.Routine, OutcomeReader.Read(outcome.Outcome, catalog.Ids)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Learning skipped it too (LearningOrder logs and goes on), so the layer skips it.
                log.LogError(e, "A stored outcome could not be read back for the ranker.");
            }
        }

        return history;
    }
}
