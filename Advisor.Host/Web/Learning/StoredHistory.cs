using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Where the ranker keeps the layers it drops and reads people back when they return: the store,
/// through <see cref="KeptLayers"/> for a layer not written yet, and the person's outcomes less
/// those stored but not learned yet (a write whose turn has not come, or another host's not yet
/// polled), which the ranker learns, personal part and all, when their turn comes.
/// </summary>
/// <remarks>
/// Synchronous, as ranking and learning are: a read back blocks the calling thread for the kept
/// layer and the outcomes logged since it (with their routines), or for the person's whole log when
/// none was kept. A learning that pages someone in holds the learning order meanwhile, so outcomes
/// stored then wait for it.
/// </remarks>
public sealed class StoredHistory(IHistoryStore store, ExerciseCatalog catalog, LearningOrder learning, KeptLayers kept, ILogger<StoredHistory> log)
    : IPersonalHistorySource
{
    /// <inheritdoc />
    public byte[]? KeptLayerOf(string personId) => kept.WaitingFor(personId) ?? store.KeptLayerAsync(personId).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void Keep(string personId, byte[] layer, Stamp latest) => kept.Add(new PersonLayer(personId, latest, layer));

    /// <inheritdoc />
    public IReadOnlyList<PersonalOutcome> OutcomesOf(string personId, DateTimeOffset? from)
    {
        IReadOnlyList<StoredOutcome> outcomes = (from is { } since ? store.OutcomesFromAsync(personId, since) : store.OutcomesAsync(personId)).GetAwaiter().GetResult();
        if (outcomes.Count == 0) return [];
        // Decided at one moment of the learning order, so an outcome is either learned already or learned after this.
        StoredOutcome[] learned = learning.Exclusively(l => outcomes.Where(o => l.Covers(new Stamp(o.LoggedAt, o.OutcomeId))).ToArray());
        if (learned.Length == 0) return [];
        IReadOnlyDictionary<string, StoredRoutine> routines = RoutinesOf(personId, learned, whole: from is null);
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
                history.Add(new PersonalOutcome(read.Assessment, read.Routine, OutcomeReader.Read(outcome.Outcome, catalog.Ids), new Stamp(outcome.LoggedAt, outcome.OutcomeId)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Learning skipped it too (LearningOrder logs and goes on), so the layer skips it.
                log.LogError(e, "A stored outcome could not be read back for the ranker.");
            }
        }

        return history;
    }

    // The whole log's routines in one query; the few that outcomes since a kept layer name, each by its key.
    private IReadOnlyDictionary<string, StoredRoutine> RoutinesOf(string personId, IReadOnlyList<StoredOutcome> outcomes, bool whole)
    {
        if (whole) return store.RoutinesAsync(personId).GetAwaiter().GetResult().ToDictionary(r => r.RoutineId, StringComparer.Ordinal);
        var routines = new Dictionary<string, StoredRoutine>(StringComparer.Ordinal);
        foreach (string id in outcomes.Select(o => o.RoutineId).Distinct(StringComparer.Ordinal))
        {
            if (store.FindRoutineAsync(personId, id).GetAwaiter().GetResult() is { } routine) routines[id] = routine;
        }

        return routines;
    }
}
