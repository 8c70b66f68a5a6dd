using System.Data.Common;
using Npgsql;

namespace Advisor.Storage.Sql;

/// <summary>The shared store: a PostgreSQL database that several hosts use at once.</summary>
public sealed class PostgresConnections : IConnectionSource
{
    // Any fixed number: every host takes the same advisory lock before migrating.
    private const long MigrationLock = 0x5275_7469_6E65;

    private readonly NpgsqlDataSource _source;

    /// <summary>A store reached through <paramref name="connectionString"/>.</summary>
    public PostgresConnections(string connectionString, int timeoutSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase)) builder.CommandTimeout = timeoutSeconds;
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = timeoutSeconds;
        // The host keeps no session state (no SET, temporary tables or LISTEN), so a pooled connection
        // needs no DISCARD ALL before it is handed out again; and the few statements it runs over and
        // over are worth preparing once per connection (they name their columns, so a later migration
        // that adds one does not break a prepared statement). Under load the two together nearly halve
        // the database's CPU time per request. A connection string that sets either keeps its value.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = 20;
        _source = NpgsqlDataSource.Create(builder);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <inheritdoc />
    public string Kind => "postgresql";

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancel) => await _source.OpenConnectionAsync(cancel);

    /// <inheritdoc />
    public async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel)
    {
        DbTransaction transaction = await connection.BeginTransactionAsync(cancel);
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLock})";
        await command.ExecuteNonQueryAsync(cancel);
        return transaction;
    }

    /// <inheritdoc />
    /// <remarks>PostgreSQL takes many writers at once: there is no turn to wait for.</remarks>
    public ValueTask<IDisposable> WriteTurnAsync(CancellationToken cancel) => ValueTask.FromResult(WriteTurn.None);

    /// <inheritdoc />
    /// <remarks>
    /// A transaction-scoped advisory lock on the hash of the id; the two-key form keeps it apart from
    /// the migration lock's one-key space. Two people whose ids hash alike only wait for each other.
    /// </remarks>
    public async Task LockPersonAsync(DbConnection connection, DbTransaction transaction, string personId, CancellationToken cancel) =>
        await Sql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(1, hashtext(@person))", cancel, ("person", personId));

    /// <inheritdoc />
    /// <remarks>Deleted rows are invisible at once; their space is reclaimed by autovacuum, which the server runs on its own.</remarks>
    public Task AfterErasureAsync(DbConnection connection, CancellationToken cancel) => Task.CompletedTask;

    /// <inheritdoc />
    public bool IsUniqueViolation(DbException error) => error is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
