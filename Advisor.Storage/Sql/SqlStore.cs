using System.Data.Common;
using System.Runtime.CompilerServices;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;
using static Advisor.Storage.Sql.PersonStatements;

namespace Advisor.Storage.Sql;

/// <summary>
/// The history store on SQLite or PostgreSQL, with the same statements on both. Every statement
/// about a person's records filters by the person, so an id alone never reaches another's data;
/// those statements are in <see cref="PersonStatements"/>.
/// </summary>
public sealed class SqlStore(IConnectionSource source) : IHistoryStore, IAsyncDisposable
{
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
        await Sql.ExecuteAsync(connection, null, CreatePerson, cancel,
            ("person", personId), ("hash", tokenHash), ("at", Sql.Time(at)));
    }

    /// <inheritdoc />
    public async Task<string?> FindPersonAsync(string tokenHash, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var ids = await Sql.QueryAsync(connection, null, FindPerson, r => r.GetString(0), cancel,
            ("hash", tokenHash));
        return ids.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task SaveRoutineAsync(StoredRoutine routine, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await Sql.ExecuteAsync(connection, null, SaveRoutine, cancel,
            ("routine", routine.RoutineId), ("person", routine.PersonId), ("at", Sql.Time(routine.CreatedAt)),
            ("assessment", routine.Assessment), ("document", routine.Routine));
    }

    /// <inheritdoc />
    public async Task<StoredRoutine?> FindRoutineAsync(string personId, string routineId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var routines = await Sql.QueryAsync(connection, null, FindRoutine, ReadRoutine, cancel,
            ("routine", routineId), ("person", personId));
        return routines.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredRoutine>> RoutinesAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return await Sql.QueryAsync(connection, null, Routines, ReadRoutine, cancel, ("person", personId));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ListedRoutine>> RoutinePageAsync(string personId, int? limit, RoutineCursor? after, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var parameters = new List<(string, object?)> { ("person", personId) };
        if (after is not null) parameters.AddRange([("at", Sql.Time(after.CreatedAt)), ("routine", after.RoutineId)]);
        if (limit is not null) parameters.Add(("limit", limit.Value));
        return await Sql.QueryAsync(connection, null, RoutinePage(afterCursor: after is not null, limited: limit is not null),
            r => new ListedRoutine(ReadRoutine(r), Convert.ToBoolean(r.GetValue(5)), Convert.ToBoolean(r.GetValue(6))), cancel, [.. parameters]);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredRoutine> EachRoutineAsync(string personId, CancellationToken cancel = default) =>
        EachAsync(Routines, personId, ReadRoutine, cancel);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredOutcome> EachOutcomeAsync(string personId, CancellationToken cancel = default) =>
        EachAsync(Outcomes, personId, ReadOutcome, cancel);

    /// <inheritdoc />
    public async Task<DateTimeOffset?> FirstRecordAtAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var firsts = await Sql.QueryAsync(connection, null, FirstRecordAt,
            r => new[] { r.IsDBNull(0) ? (long?)null : r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1) }, cancel,
            ("person", personId));
        long? first = firsts[0].Min();
        return first is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(first.Value);
    }

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
                // The summary changes with the outcome in one transaction, or not at all.
                stored = await Sql.ExecuteAsync(connection, transaction, SaveOutcome, cancel,
                    ("outcome", outcome.OutcomeId), ("person", personId), ("routine", outcome.RoutineId), ("at", Sql.Time(outcome.LoggedAt)),
                    ("document", outcome.Outcome), ("key", outcome.IdempotencyKey), ("fingerprint", outcome.Fingerprint));
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
        var earlier = await Sql.QueryAsync(connection, null, OutcomeByKey,
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
        var outcomes = await Sql.QueryAsync(connection, null, FindOutcome, ReadOutcome, cancel,
            ("outcome", outcomeId), ("routine", routineId), ("person", personId));
        return outcomes.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutcome>> OutcomesAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return await Sql.QueryAsync(connection, null, Outcomes, ReadOutcome, cancel, ("person", personId));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutcome>> OutcomesFromAsync(string personId, DateTimeOffset from, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return await Sql.QueryAsync(connection, null, OutcomesFrom, ReadOutcome, cancel, ("person", personId), ("at", Sql.Time(from)));
    }

    /// <inheritdoc />
    public async Task<byte[]?> KeptLayerAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var layers = await Sql.QueryAsync(connection, null, KeptLayer, r => r.GetString(0), cancel, ("person", personId));
        return layers.Count == 0 ? null : Convert.FromBase64String(layers[0]);
    }

    /// <inheritdoc />
    public async Task KeepLayersAsync(IReadOnlyList<PersonLayer> layers, CancellationToken cancel = default)
    {
        if (layers.Count == 0) return;
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancel);
        foreach (PersonLayer layer in layers)
        {
            await Sql.ExecuteAsync(connection, transaction, KeepLayer, cancel,
                ("person", layer.PersonId), ("at", Sql.Time(layer.Latest.At)), ("outcome", layer.Latest.Id), ("layer", Convert.ToBase64String(layer.Layer)));
        }

        await transaction.CommitAsync(cancel);
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
        await Sql.ExecuteAsync(connection, null, MarkStarted, cancel, ("routine", routineId), ("person", personId), ("at", Sql.Time(at)));
        var theirs = await Sql.QueryAsync(connection, null, IsTheirRoutine, r => r.GetValue(0), cancel, ("routine", routineId), ("person", personId));
        return theirs.Count > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> StartsAsync(string personId, CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        var starts = await Sql.QueryAsync(connection, null, Starts, r => (r.GetString(0), Sql.Time(r, 1)), cancel,
            ("person", personId));
        return starts.ToDictionary(s => s.Item1, s => s.Item2);
    }

    /// <inheritdoc />
    public async Task<bool> DeletePersonAsync(string personId, CancellationToken cancel = default)
    {
        using IDisposable turn = await source.WriteTurnAsync(cancel);
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancel);
        int deleted = 0;
        // The last statement deletes the person: whether there was one is what it deleted.
        foreach (string statement in Erase) deleted = await Sql.ExecuteAsync(connection, transaction, statement, cancel, ("person", personId));
        await transaction.CommitAsync(cancel);
        await source.AfterErasureAsync(connection, cancel);
        return deleted == 1;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<LoggedRoutine> EveryOutcomeAsync(CancellationToken cancel = default) => LoggedAsync(Logged(null), [], cancel);

    /// <inheritdoc />
    public IAsyncEnumerable<LoggedRoutine> OutcomesSinceAsync(DateTimeOffset from, CancellationToken cancel = default) =>
        LoggedAsync(Logged("WHERE o.logged_at >= @from"), [("from", Sql.Time(from))], cancel);

    /// <inheritdoc />
    public IAsyncEnumerable<LoggedRoutine> RecentOutcomesAsync(int count, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return LoggedAsync(WindowStatements.RecentOutcomes, [("count", count)], cancel);
    }

    /// <inheritdoc />
    public async Task<bool> HoldsMoreOutcomesThanAsync(int count, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using DbConnection connection = await source.OpenAsync(cancel);
        return (await Sql.QueryAsync(connection, null, WindowStatements.BeyondRecent, r => r.GetValue(0), cancel, ("count", count))).Count > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> PersonIdsAsync(CancellationToken cancel = default)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        return (await Sql.QueryAsync(connection, null, "SELECT id FROM people", r => r.GetString(0), cancel)).ToHashSet(StringComparer.Ordinal);
    }

    private static string Logged(string? where) =>
        $"""
        SELECT o.id, o.routine_id, o.logged_at, o.outcome, r.id, r.person_id, r.created_at, r.assessment, r.routine
        FROM outcomes o JOIN routines r ON r.id = o.routine_id
        {where}
        ORDER BY o.logged_at, o.id
        """;

    // Each statement's columns are those of Logged: the outcome's four, then the routine's five.
    private async IAsyncEnumerable<LoggedRoutine> LoggedAsync(string text, (string, object?)[] parameters, [EnumeratorCancellation] CancellationToken cancel)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbCommand command = Sql.Command(connection, null, text, parameters);
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
