using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Advisor.Storage.Sql;

/// <summary>
/// The embedded store: one SQLite file in write-ahead-log mode, so readers never wait for the writer.
/// synchronous=NORMAL keeps every committed write through a killed process (not through a power cut).
/// secure_delete=ON zeroes what a deletion frees instead of leaving it in free pages, and an erasure
/// is checkpointed at once, so nothing of an erased person stays in the file or its log.
/// </summary>
public sealed class SqliteConnections : IConnectionSource
{
    private readonly string _connectionString;

    // SQLite lets one writer in at a time. Without turns, the other writers wait inside SQLite's busy
    // handler and Microsoft.Data.Sqlite's retry loop, both of which sleep on the calling thread, so
    // a burst of writes blocks as many pool threads as there are writers. Waiting here is
    // asynchronous and ends as soon as the writer before is done. busy_timeout still covers other
    // processes using the same file.
    private readonly SemaphoreSlim _writeTurn = new(1, 1);

    /// <summary>A store in the file at <paramref name="path"/>, created when missing.</summary>
    public SqliteConnections(string path, int timeoutSeconds)
    {
        Path = System.IO.Path.GetFullPath(path);
        string? folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
        TimeoutSeconds = timeoutSeconds;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    private int TimeoutSeconds { get; }

    /// <inheritdoc />
    public string Kind => "sqlite";

    /// <inheritdoc />
    public string Location => Path;

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancel);
        using SqliteCommand pragmas = connection.CreateCommand();
        pragmas.CommandText =
            $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA busy_timeout={TimeoutSeconds * 1000};";
        await pragmas.ExecuteNonQueryAsync(cancel);
        return connection;
    }

    /// <inheritdoc />
    public async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel) =>
        // An immediate transaction takes the write lock at once, so two hosts cannot both migrate.
        await connection.BeginTransactionAsync(cancel);

    /// <inheritdoc />
    public async ValueTask<IDisposable> WriteTurnAsync(CancellationToken cancel)
    {
        if (!await _writeTurn.WaitAsync(TimeSpan.FromSeconds(TimeoutSeconds), cancel))
            throw new TimeoutException($"No turn to write to {Path} within {TimeoutSeconds} s.");
        return new WriteTurn(_writeTurn);
    }

    /// <inheritdoc />
    /// <remarks>SQLite lets one writer in at a time, and a store's first statement is a write, so the person is already held.</remarks>
    public Task LockPersonAsync(DbConnection connection, DbTransaction transaction, string personId, CancellationToken cancel) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task AfterErasureAsync(DbConnection connection, CancellationToken cancel)
    {
        // The log still holds the pages as they were before the erasure; copying it into the file
        // (whose freed cells secure_delete zeroed) and truncating it leaves no copy behind.
        await using DbCommand checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(cancel);
    }

    /// <inheritdoc />
    public bool IsUniqueViolation(DbException error) =>
        error is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
