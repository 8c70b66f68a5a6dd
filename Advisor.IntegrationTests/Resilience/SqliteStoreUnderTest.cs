using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>A fresh SQLite file in a folder of its own under the temp folder, removed afterwards.</summary>
public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly string _folder;

    static SqliteStoreUnderTest() => SQLitePCL.Batteries_V2.Init();

    /// <summary>A store that does not exist yet; the host creates it when it starts.</summary>
    public SqliteStoreUnderTest()
    {
        _folder = Path.Combine(Path.GetTempPath(), "advisor-resilience-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "advisor.db");
    }

    /// <inheritdoc />
    public override string Kind => "sqlite";

    /// <inheritdoc />
    public override string Setting => FilePath;

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public override async Task<string> CheckIntegrityAsync()
    {
        await using DbConnection connection = await OpenAsync();
        var findings = new List<string>();
        await using (DbCommand integrity = connection.CreateCommand())
        {
            integrity.CommandText = "PRAGMA integrity_check";
            await using DbDataReader rows = await integrity.ExecuteReaderAsync();
            while (await rows.ReadAsync()) findings.Add(rows.GetString(0));
        }

        await using (DbCommand keys = connection.CreateCommand())
        {
            keys.CommandText = "PRAGMA foreign_key_check";
            await using DbDataReader rows = await keys.ExecuteReaderAsync();
            while (await rows.ReadAsync()) findings.Add($"foreign key broken: {rows.GetString(0)} row {rows.GetValue(1)} points at a missing {rows.GetString(2)}");
        }

        return findings is ["ok"] ? "ok" : string.Join("; ", findings);
    }

    /// <summary>
    /// Takes the file's write lock (BEGIN EXCLUSIVE) and holds it until the result is disposed, as
    /// another program writing to the same file would. Readers still read (write-ahead log).
    /// </summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = (SqliteConnection)await OpenAsync();
        await using (SqliteCommand begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        return new WriteLock(connection);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned up by the system in time.
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync();
        await using SqliteCommand pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout=30000";
        await pragmas.ExecuteNonQueryAsync();
        return connection;
    }

    private sealed class WriteLock(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (SqliteCommand rollback = connection.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
