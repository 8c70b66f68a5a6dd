using System.Data.Common;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>How many rows each table of people's data holds.</summary>
public sealed record RowCounts(long People, long Routines, long Outcomes)
{
    /// <inheritdoc />
    public override string ToString() => $"{People} people, {Routines} routines, {Outcomes} outcomes";
}

/// <summary>One row of the outcomes table, as stored.</summary>
public sealed record OutcomeRow(string Id, string PersonId, string RoutineId, long LoggedAt, string Outcome, string? IdempotencyKey);

/// <summary>
/// A store a host under test runs on, read directly (not through the API) to see what really is in
/// it. The queries are the portable SQL of the host's own migrations, so they hold for every engine;
/// an engine adds how to connect and how to ask it whether its files are sound.
/// </summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql", as the host's health check says.</summary>
    public abstract string Kind { get; }

    /// <summary>The value of the host's <c>--db</c> setting.</summary>
    public abstract string Setting { get; }

    /// <summary>The engine's own consistency check: "ok" when it finds nothing wrong, else what it found.</summary>
    public abstract Task<string> CheckIntegrityAsync();

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Rows in people, routines and outcomes.</summary>
    public async Task<RowCounts> CountAsync()
    {
        await using DbConnection connection = await OpenAsync();
        return new RowCounts(
            await ScalarAsync(connection, "SELECT COUNT(*) FROM people"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM routines"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM outcomes"));
    }

    /// <summary>Every stored outcome, in the order they were logged.</summary>
    public async Task<IReadOnlyList<OutcomeRow>> OutcomesAsync()
    {
        await using DbConnection connection = await OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, person_id, routine_id, logged_at, outcome, idempotency_key FROM outcomes ORDER BY logged_at, id";
        await using DbDataReader rows = await command.ExecuteReaderAsync();
        var outcomes = new List<OutcomeRow>();
        while (await rows.ReadAsync())
        {
            outcomes.Add(new OutcomeRow(rows.GetString(0), rows.GetString(1), rows.GetString(2), Convert.ToInt64(rows.GetValue(3)),
                rows.GetString(4), rows.IsDBNull(5) ? null : rows.GetString(5)));
        }

        return outcomes;
    }

    /// <summary>Rows whose owner is missing or whose owners disagree, each described; empty when there are none.</summary>
    public async Task<IReadOnlyList<string>> OrphansAsync()
    {
        await using DbConnection connection = await OpenAsync();
        var found = new List<string>();
        foreach ((string query, string what) in new[]
        {
            ("SELECT r.id FROM routines r LEFT JOIN people p ON p.id = r.person_id WHERE p.id IS NULL", "routine without its person"),
            ("SELECT o.id FROM outcomes o LEFT JOIN people p ON p.id = o.person_id WHERE p.id IS NULL", "outcome without its person"),
            ("SELECT o.id FROM outcomes o LEFT JOIN routines r ON r.id = o.routine_id WHERE r.id IS NULL", "outcome without its routine"),
            ("SELECT o.id FROM outcomes o JOIN routines r ON r.id = o.routine_id WHERE r.person_id <> o.person_id", "outcome of another person's routine"),
        })
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = query;
            await using DbDataReader rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync()) found.Add($"{what}: {rows.GetString(0)}");
        }

        return found;
    }

    /// <summary>An open connection to the store.</summary>
    protected abstract Task<DbConnection> OpenAsync();

    private static async Task<long> ScalarAsync(DbConnection connection, string query)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
