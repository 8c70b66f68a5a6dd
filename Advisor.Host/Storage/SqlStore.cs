using System.Data.Common;
using System.Runtime.CompilerServices;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;

namespace Advisor.Host.Storage;

/// <summary>
/// The history store on SQLite or PostgreSQL, with the same statements on both. Every statement
/// about a person's records filters by the person, so an id alone never reaches another's data.
/// </summary>
public sealed class SqlStore(IConnectionSource source) : IHistoryStore, IAsyncDisposable
{
    private const string RoutineColumns = "id, person_id, created_at, assessment, routine";
    private const string OutcomeColumns = "id, routine_id, logged_at, outcome";

    /// <inheritdoc />
    public string Kind => source.Kind;

    /// <summary>Where the data is: the SQLite file, or the PostgreSQL host, port and database.</summary>
    public string Location => source.Location;

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancel = default) => Migrations.ApplyAsync(source, cancel);

    /// <inheritdoc />
    public async Task<bool> IsHealthyAsync(CancellationToken cancel = default)
    {
        try
        {
            await using DbConnection connection = await source.OpenAsync(cancel);
            await Sql.QueryAsync(connection, null, "SELECT 1", r => r.GetValue(0), cancel);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task CreatePersonAsync(string personId, string tokenHash, DateTimeOffset at, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await Sql.ExecuteAsync(connection, null, "INSERT INTO people (id, token_hash, created_at) VALUES (@id, @hash, @at)", cancel,
            ("id", personId), ("hash", tokenHash), ("at", Sql.Time(at)));
    }

    /// <inheritdoc />
    public async Task<string?> FindPersonAsync(string tokenHash, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var ids = await Sql.QueryAsync(connection, null, "SELECT id FROM people WHERE token_hash = @hash", r => r.GetString(0), cancel,
            ("hash", tokenHash));
        return ids.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task SaveRoutineAsync(StoredRoutine routine, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await Sql.ExecuteAsync(connection, null,
            $"INSERT INTO routines ({RoutineColumns}) VALUES (@id, @person, @at, @assessment, @routine)", cancel,
            ("id", routine.RoutineId), ("person", routine.PersonId), ("at", Sql.Time(routine.CreatedAt)),
            ("assessment", routine.Assessment), ("routine", routine.Routine));
    }

    /// <inheritdoc />
    public async Task<StoredRoutine?> FindRoutineAsync(string personId, string routineId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var routines = await Sql.QueryAsync(connection, null,
            $"SELECT {RoutineColumns} FROM routines WHERE id = @id AND person_id = @person", ReadRoutine, cancel,
            ("id", routineId), ("person", personId));
        return routines.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredRoutine>> RoutinesAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return await Sql.QueryAsync(connection, null,
            $"SELECT {RoutineColumns} FROM routines WHERE person_id = @person ORDER BY created_at, id", ReadRoutine, cancel,
            ("person", personId));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ListedRoutine>> RoutinePageAsync(string personId, int? limit, RoutineCursor? after, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        // Keyset paging on (created_at, id), the index's order: a page costs the same on day 300 as on day 3.
        var parameters = new List<(string, object?)> { ("person", personId) };
        if (after is not null) parameters.AddRange([("at", Sql.Time(after.CreatedAt)), ("id", after.RoutineId)]);
        if (limit is not null) parameters.Add(("limit", limit.Value));
        return await Sql.QueryAsync(connection, null,
            $"""
            SELECT r.id, r.person_id, r.created_at, r.assessment, r.routine,
                   EXISTS (SELECT 1 FROM outcomes o WHERE o.routine_id = r.id),
                   EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
            FROM routines r
            WHERE r.person_id = @person
            {(after is null ? "" : "AND (r.created_at < @at OR (r.created_at = @at AND r.id < @id))")}
            ORDER BY r.created_at DESC, r.id DESC
            {(limit is null ? "" : "LIMIT @limit")}
            """,
            r => new ListedRoutine(ReadRoutine(r), Convert.ToBoolean(r.GetValue(5)), Convert.ToBoolean(r.GetValue(6))), cancel, [.. parameters]);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredRoutine> EachRoutineAsync(string personId, CancellationToken cancel = default) =>
        EachAsync($"SELECT {RoutineColumns} FROM routines WHERE person_id = @person ORDER BY created_at, id", personId, ReadRoutine, cancel);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredOutcome> EachOutcomeAsync(string personId, CancellationToken cancel = default) =>
        EachAsync($"SELECT {OutcomeColumns} FROM outcomes WHERE person_id = @person ORDER BY logged_at, id", personId, ReadOutcome, cancel);

    /// <inheritdoc />
    public async Task<OutcomeSave> SaveOutcomeAsync(string personId, NewOutcome outcome, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        int stored = 0;
        await using (DbTransaction transaction = await connection.BeginTransactionAsync(cancel))
        {
            try
            {
                await source.LockPersonAsync(connection, transaction, personId, cancel);
                // One statement checks the routine is the person's and stores the outcome, so there is
                // no moment where a half-checked outcome exists; the summary changes with it or not at all.
                stored = await Sql.ExecuteAsync(connection, transaction,
                    """
                    INSERT INTO outcomes (id, person_id, routine_id, logged_at, outcome, idempotency_key, fingerprint)
                    SELECT @id, @person, @routine, @at, @outcome, @key, @fingerprint
                    WHERE EXISTS (SELECT 1 FROM routines WHERE id = @routine AND person_id = @person)
                    """, cancel,
                    ("id", outcome.OutcomeId), ("person", personId), ("routine", outcome.RoutineId), ("at", Sql.Time(outcome.LoggedAt)),
                    ("outcome", outcome.Outcome), ("key", outcome.IdempotencyKey), ("fingerprint", outcome.Fingerprint));
                if (stored == 1) await HistorySummaries.AddAsync(connection, transaction, personId, outcome, cancel);
                await transaction.CommitAsync(cancel);
            }
            catch (DbException e) when (outcome.IdempotencyKey is not null && source.IsUniqueViolation(e))
            {
                // The key was used before (perhaps by a retry racing this one): answer as the first time.
                stored = 0;
                await transaction.RollbackAsync(cancel);
            }
        }

        if (stored == 1) return new OutcomeSave(OutcomeSaveStatus.Stored, new StoredOutcome(outcome.OutcomeId, outcome.RoutineId, outcome.LoggedAt, outcome.Outcome));
        if (outcome.IdempotencyKey is null) return new OutcomeSave(OutcomeSaveStatus.RoutineNotFound);
        var earlier = await Sql.QueryAsync(connection, null,
            $"SELECT {OutcomeColumns}, fingerprint FROM outcomes WHERE person_id = @person AND idempotency_key = @key",
            r => (Outcome: ReadOutcome(r), Fingerprint: r.GetString(4)), cancel,
            ("person", personId), ("key", outcome.IdempotencyKey));
        if (earlier.Count == 0) return new OutcomeSave(OutcomeSaveStatus.RoutineNotFound);
        return earlier[0].Fingerprint == outcome.Fingerprint && earlier[0].Outcome.RoutineId == outcome.RoutineId
            ? new OutcomeSave(OutcomeSaveStatus.Replayed, earlier[0].Outcome)
            : new OutcomeSave(OutcomeSaveStatus.KeyReused);
    }

    /// <inheritdoc />
    public async Task<StoredOutcome?> FindOutcomeAsync(string personId, string routineId, string outcomeId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        // The primary key finds the row; person and routine only confirm it is theirs.
        var outcomes = await Sql.QueryAsync(connection, null,
            $"SELECT {OutcomeColumns} FROM outcomes WHERE id = @outcome AND routine_id = @routine AND person_id = @person", ReadOutcome, cancel,
            ("outcome", outcomeId), ("routine", routineId), ("person", personId));
        return outcomes.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutcome>> OutcomesAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return await Sql.QueryAsync(connection, null,
            $"SELECT {OutcomeColumns} FROM outcomes WHERE person_id = @person ORDER BY logged_at, id", ReadOutcome, cancel,
            ("person", personId));
    }

    /// <inheritdoc />
    public async Task<HistorySummary> HistorySummaryAsync(string personId, CancellationToken cancel = default)
    {
        await using (DbConnection reading = await source.OpenAsync(cancel))
        {
            if (await HistorySummaries.ReadAsync(reading, null, personId, cancel) is { } summary) return summary;
            if (!await HistorySummaries.HasOutcomesAsync(reading, null, personId, cancel)) return HistorySummary.None;
        }

        // Owed: logged before summaries were kept, or kept in an older version. Built once, under the same lock as a new outcome.
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancel);
        await source.LockPersonAsync(connection, transaction, personId, cancel);
        HistorySummary rebuilt = await HistorySummaries.ReadAsync(connection, transaction, personId, cancel)
            ?? await HistorySummaries.RebuildAsync(connection, transaction, personId, cancel);
        await transaction.CommitAsync(cancel);
        return rebuilt;
    }

    /// <inheritdoc />
    public async Task<bool> MarkStartedAsync(string personId, string routineId, DateTimeOffset at, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        // One statement checks the routine is the person's and keeps only the first start.
        await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO routine_starts (routine_id, person_id, started_at)
            SELECT id, person_id, @at FROM routines r
            WHERE r.id = @id AND r.person_id = @person
              AND NOT EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
            """, cancel, ("id", routineId), ("person", personId), ("at", Sql.Time(at)));
        var theirs = await Sql.QueryAsync(connection, null, "SELECT 1 FROM routines WHERE id = @id AND person_id = @person",
            r => r.GetValue(0), cancel, ("id", routineId), ("person", personId));
        return theirs.Count > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> StartsAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var starts = await Sql.QueryAsync(connection, null,
            "SELECT routine_id, started_at FROM routine_starts WHERE person_id = @person", r => (r.GetString(0), Sql.Time(r, 1)), cancel,
            ("person", personId));
        return starts.ToDictionary(s => s.Item1, s => s.Item2);
    }

    /// <inheritdoc />
    public async Task<bool> DeletePersonAsync(string personId, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancel);
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM history_summaries WHERE person_id = @person", cancel, ("person", personId));
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM outcomes WHERE person_id = @person", cancel, ("person", personId));
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM routine_starts WHERE person_id = @person", cancel, ("person", personId));
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM routines WHERE person_id = @person", cancel, ("person", personId));
        int people = await Sql.ExecuteAsync(connection, transaction, "DELETE FROM people WHERE id = @person", cancel, ("person", personId));
        await transaction.CommitAsync(cancel);
        await source.AfterErasureAsync(connection, cancel);
        return people == 1;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<LoggedRoutine> EveryOutcomeAsync(CancellationToken cancel = default) => LoggedAsync(null, cancel);

    /// <inheritdoc />
    public IAsyncEnumerable<LoggedRoutine> OutcomesSinceAsync(DateTimeOffset from, CancellationToken cancel = default) => LoggedAsync(from, cancel);

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> PersonIdsAsync(CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return (await Sql.QueryAsync(connection, null, "SELECT id FROM people", r => r.GetString(0), cancel)).ToHashSet(StringComparer.Ordinal);
    }

    private async IAsyncEnumerable<LoggedRoutine> LoggedAsync(DateTimeOffset? from, [EnumeratorCancellation] CancellationToken cancel)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbCommand command = Sql.Command(connection, null,
            $"""
            SELECT o.id, o.routine_id, o.logged_at, o.outcome, r.id, r.person_id, r.created_at, r.assessment, r.routine
            FROM outcomes o JOIN routines r ON r.id = o.routine_id
            {(from is null ? "" : "WHERE o.logged_at >= @from")}
            ORDER BY o.logged_at, o.id
            """, from is null ? [] : [("from", Sql.Time(from.Value))]);
        await using DbDataReader rows = await command.ExecuteReaderAsync(cancel);
        while (await rows.ReadAsync(cancel))
        {
            StoredOutcome outcome = ReadOutcome(rows);
            var routine = new StoredRoutine(rows.GetString(4), rows.GetString(5), Sql.Time(rows, 6), rows.GetString(7), rows.GetString(8));
            yield return new LoggedRoutine(routine.PersonId, routine, outcome);
        }
    }

    private async IAsyncEnumerable<T> EachAsync<T>(string text, string personId, Func<DbDataReader, T> read, [EnumeratorCancellation] CancellationToken cancel)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbCommand command = Sql.Command(connection, null, text, ("person", personId));
        await using DbDataReader rows = await command.ExecuteReaderAsync(cancel);
        while (await rows.ReadAsync(cancel)) yield return read(rows);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => source.DisposeAsync();

    private static StoredRoutine ReadRoutine(DbDataReader row) =>
        new(row.GetString(0), row.GetString(1), Sql.Time(row, 2), row.GetString(3), row.GetString(4));

    private static StoredOutcome ReadOutcome(DbDataReader row) =>
        new(row.GetString(0), row.GetString(1), Sql.Time(row, 2), row.GetString(3));
}
