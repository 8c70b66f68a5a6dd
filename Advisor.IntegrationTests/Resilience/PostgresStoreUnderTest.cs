using System.Data.Common;
using Npgsql;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// An empty PostgreSQL database the host runs on, given by its connection string; the server and
/// the database belong to whoever made them (a server fixture), so disposing this leaves them be.
/// A PostgreSQL variant of a test overrides its store hook with one of these, for example
/// <c>new PostgresStoreUnderTest((await postgres.CreateDatabaseAsync()).ConnectionString)</c>.
/// </summary>
public sealed class PostgresStoreUnderTest(string connectionString) : StoreUnderTest
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    /// <inheritdoc />
    public override string Kind => "postgresql";

    /// <inheritdoc />
    public override string Setting => connectionString;

    /// <summary>
    /// Every index of the host's tables is valid and agrees with its table (amcheck's
    /// <c>bt_index_check</c> with <c>heapallindexed</c>, when the server has the extension).
    /// </summary>
    public override async Task<string> CheckIntegrityAsync()
    {
        await using DbConnection connection = await OpenAsync();
        var findings = new List<string>();
        var indexes = new List<(uint Oid, string Name, bool Valid)>();
        await using (DbCommand list = connection.CreateCommand())
        {
            list.CommandText = """
                SELECT c.oid, c.relname, i.indisvalid
                FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_am a ON a.oid = c.relam
                WHERE t.relnamespace = current_schema()::regnamespace AND a.amname = 'btree'
                """;
            await using DbDataReader rows = await list.ExecuteReaderAsync();
            while (await rows.ReadAsync()) indexes.Add(((uint)rows.GetValue(0), rows.GetString(1), rows.GetBoolean(2)));
        }

        findings.AddRange(indexes.Where(i => !i.Valid).Select(i => $"index {i.Name} is not valid"));
        if (await TryAmcheckAsync(connection))
        {
            foreach ((uint oid, string name, bool valid) in indexes.Where(i => i.Valid))
            {
                try
                {
                    await using DbCommand check = connection.CreateCommand();
                    check.CommandText = $"SELECT bt_index_check({oid}::regclass, true)";
                    await check.ExecuteNonQueryAsync();
                }
                catch (PostgresException e)
                {
                    findings.Add($"index {name}: {e.MessageText}");
                }
            }
        }

        return findings.Count == 0 ? "ok" : string.Join("; ", findings);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<bool> TryAmcheckAsync(DbConnection connection)
    {
        try
        {
            await using DbCommand create = connection.CreateCommand();
            create.CommandText = "CREATE EXTENSION IF NOT EXISTS amcheck";
            await create.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException)
        {
            return false; // not installed, or not allowed: index validity is all that is checked
        }
    }
}
