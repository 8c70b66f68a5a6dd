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
/// A read back is the kept layer and the outcomes logged since it, with the routines of those it
/// lacks, or the person's whole log when none was kept. The endpoints read people back ahead of
/// ranking and learning (<see cref="ThompsonRanker.ReadBackAsync"/>); one the ranker meets anyway
/// blocks its thread, and when it is learning, holds the learning order meanwhile.
/// </remarks>
public sealed class StoredHistory(IHistoryStore store, ExerciseCatalog catalog, LearningOrder learning, KeptLayers kept, ILogger<StoredHistory> log)
    : IPersonalHistorySource
{
    /// <inheritdoc />
    public async Task<byte[]?> KeptLayerOfAsync(string personId, CancellationToken cancel) =>
        kept.WaitingFor(personId) ?? await store.KeptLayerAsync(personId, cancel);

    /// <inheritdoc />
    public void Keep(string personId, byte[] layer, Stamp latest) => kept.Add(new PersonLayer(personId, latest, layer));

    /// <inheritdoc />
    public async Task<IReadOnlyList<PersonalOutcome>> OutcomesOfAsync(string personId, DateTimeOffset? from, Predicate<Stamp> held, CancellationToken cancel)
    {
        IReadOnlyList<StoredOutcome> outcomes = await (from is { } since ? store.OutcomesFromAsync(personId, since, cancel) : store.OutcomesAsync(personId, cancel));
        if (outcomes.Count == 0) return [];
        // Decided at one moment of the learning order, so an outcome is either learned already or learned after this.
        StoredOutcome[] learned = learning.Exclusively(l => outcomes.Where(o => l.Covers(StampOf(o)) && !held(StampOf(o))).ToArray());
        if (learned.Length == 0) return [];
        IReadOnlyDictionary<string, StoredRoutine> routines = await RoutinesOfAsync(personId, learned, whole: from is null, cancel);
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
                history.Add(new PersonalOutcome(read.Assessment, read.Routine, OutcomeReader.Read(outcome.Outcome, catalog.Ids), StampOf(outcome)));
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
    private async Task<IReadOnlyDictionary<string, StoredRoutine>> RoutinesOfAsync(string personId, IReadOnlyList<StoredOutcome> outcomes, bool whole, CancellationToken cancel)
    {
        if (whole) return (await store.RoutinesAsync(personId, cancel)).ToDictionary(r => r.RoutineId, StringComparer.Ordinal);
        var routines = new Dictionary<string, StoredRoutine>(StringComparer.Ordinal);
        foreach (string id in outcomes.Select(o => o.RoutineId).Distinct(StringComparer.Ordinal))
        {
            if (await store.FindRoutineAsync(personId, id, cancel) is { } routine) routines[id] = routine;
        }

        return routines;
    }

    private static Stamp StampOf(StoredOutcome outcome) => new(outcome.LoggedAt, outcome.OutcomeId);
}
