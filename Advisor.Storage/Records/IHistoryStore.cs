using Advisor.Engine.Outcomes;

namespace Advisor.Storage.Records;

/// <summary>
/// Where people, their routines and their outcomes are kept. Every read and write about a person's
/// records names the person, so one person's history can never be read or changed through another's
/// id. Writes are atomic: a call either stores all it was given or nothing.
/// </summary>
public interface IHistoryStore
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Kind { get; }

    /// <summary>Creates or upgrades the schema; safe to call from several hosts at once.</summary>
    Task MigrateAsync(CancellationToken cancel = default);

    /// <summary>True when the store answers.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancel = default);

    /// <summary>Adds a person known by the hash of their token.</summary>
    Task CreatePersonAsync(string personId, string tokenHash, DateTimeOffset at, CancellationToken cancel = default);

    /// <summary>The person whose token hashes to <paramref name="tokenHash"/>, or null.</summary>
    Task<string?> FindPersonAsync(string tokenHash, CancellationToken cancel = default);

    /// <summary>Keeps a routine served to its person.</summary>
    Task SaveRoutineAsync(StoredRoutine routine, CancellationToken cancel = default);

    /// <summary>The person's routine with that id, or null (also when it is someone else's).</summary>
    Task<StoredRoutine?> FindRoutineAsync(string personId, string routineId, CancellationToken cancel = default);

    /// <summary>The person's routines, oldest first.</summary>
    Task<IReadOnlyList<StoredRoutine>> RoutinesAsync(string personId, CancellationToken cancel = default);

    /// <summary>
    /// The person's routines newest first, at most <paramref name="limit"/> of them (all when null),
    /// older than <paramref name="after"/> when it is given: one page of their list.
    /// </summary>
    Task<IReadOnlyList<ListedRoutine>> RoutinePageAsync(string personId, int? limit, RoutineCursor? after, CancellationToken cancel = default);

    /// <summary>The person's routines, oldest first, read one at a time: an export of any length without holding it all.</summary>
    IAsyncEnumerable<StoredRoutine> EachRoutineAsync(string personId, CancellationToken cancel = default);

    /// <summary>The person's outcomes, oldest first, read one at a time.</summary>
    IAsyncEnumerable<StoredOutcome> EachOutcomeAsync(string personId, CancellationToken cancel = default);

    /// <summary>
    /// When the person's earliest record was kept (the first routine served or outcome logged,
    /// whichever is earlier), or null when they have none: what dates an export's first row without
    /// reading the records first.
    /// </summary>
    Task<DateTimeOffset?> FirstRecordAtAsync(string personId, CancellationToken cancel = default);

    /// <summary>Stores an outcome against one of the person's routines, once per idempotency key.</summary>
    Task<OutcomeSave> SaveOutcomeAsync(string personId, NewOutcome outcome, CancellationToken cancel = default);

    /// <summary>
    /// The person's outcome with that id, logged for their routine with that id, or null (also when
    /// either is someone else's): one look-up by key, whatever the length of their log.
    /// </summary>
    Task<StoredOutcome?> FindOutcomeAsync(string personId, string routineId, string outcomeId, CancellationToken cancel = default);

    /// <summary>The person's outcomes, oldest first.</summary>
    Task<IReadOnlyList<StoredOutcome>> OutcomesAsync(string personId, CancellationToken cancel = default);

    /// <summary>The person's outcomes logged at or after <paramref name="from"/>, oldest first: what a kept layer lacks.</summary>
    Task<IReadOnlyList<StoredOutcome>> OutcomesFromAsync(string personId, DateTimeOffset from, CancellationToken cancel = default);

    /// <summary>The person's personal layer as last kept, or null.</summary>
    Task<byte[]?> KeptLayerAsync(string personId, CancellationToken cancel = default);

    /// <summary>
    /// Keeps each layer in one transaction, over the one kept before for the same person unless that
    /// one holds a later outcome; a layer of someone no longer in the store (erased) is left out.
    /// </summary>
    Task KeepLayersAsync(IReadOnlyList<PersonLayer> layers, CancellationToken cancel = default);

    /// <summary>
    /// What the history guidelines read of the person's outcomes (<see cref="HistorySummary"/>), from
    /// one stored row kept with every outcome: the same as summarizing <see cref="OutcomesAsync"/>,
    /// at a cost that does not grow with the log.
    /// </summary>
    Task<HistorySummary> HistorySummaryAsync(string personId, CancellationToken cancel = default);

    /// <summary>
    /// Records that the person started one of their routines (the first start counts); false when
    /// the routine is not theirs.
    /// </summary>
    Task<bool> MarkStartedAsync(string personId, string routineId, DateTimeOffset at, CancellationToken cancel = default);

    /// <summary>When the person started each routine they started, by routine id.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> StartsAsync(string personId, CancellationToken cancel = default);

    /// <summary>Erases the person and everything of theirs; false when there was no such person.</summary>
    Task<bool> DeletePersonAsync(string personId, CancellationToken cancel = default);

    /// <summary>Every logged outcome of everyone with its routine, in the order they were logged.</summary>
    IAsyncEnumerable<LoggedRoutine> EveryOutcomeAsync(CancellationToken cancel = default);

    /// <summary>Every outcome logged at or after <paramref name="from"/> with its routine, in the order they were logged: what a ranker has yet to learn.</summary>
    IAsyncEnumerable<LoggedRoutine> OutcomesSinceAsync(DateTimeOffset from, CancellationToken cancel = default);

    /// <summary>
    /// The <paramref name="count"/> most recently logged outcomes of everyone (by time, then id) with
    /// their routines, oldest first as <see cref="EveryOutcomeAsync"/> gives them, read one at a time:
    /// the window a learner replays when the whole log is too long to.
    /// </summary>
    IAsyncEnumerable<LoggedRoutine> RecentOutcomesAsync(int count, CancellationToken cancel = default);

    /// <summary>True when the store holds more outcomes than <paramref name="count"/>: a window of that many leaves some out.</summary>
    Task<bool> HoldsMoreOutcomesThanAsync(int count, CancellationToken cancel = default);

    /// <summary>The ids of everyone the store holds, so that a ranker can drop what it holds about people since erased.</summary>
    Task<IReadOnlySet<string>> PersonIdsAsync(CancellationToken cancel = default);
}
