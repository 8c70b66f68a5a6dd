using System.Text.RegularExpressions;
using Advisor.Host.Seeding;
using Advisor.Storage.Sql;
using Advisor.IntegrationTests.Web.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Storage;

/// <summary>
/// Every statement the store runs on a per-person path (<see cref="PersonStatements.All"/>), planned
/// by PostgreSQL over a seeded store: none may read a whole table to find one person's rows. At full
/// size (docs/storage.md, "At size") the same check runs over a store seeded beforehand, named by
/// <c>ADVISOR_SEEDED_STORE</c> (a connection string), instead of the small one it seeds itself.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeededStorePlanTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly SeedShape Shape = new(People: 2_000, OutcomesPerPerson: 10, Seed: 7);
    private static readonly string[] Tables = ["people", "routines", "routine_starts", "outcomes", "history_summaries"];

    private static readonly string? SeededElsewhere = Environment.GetEnvironmentVariable("ADVISOR_SEEDED_STORE");

    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(SeededElsewhere))
        {
            _connectionString = SeededElsewhere;
            return;
        }

        PostgresDatabase database = await postgres.CreateDatabaseAsync();
        _connectionString = database.ConnectionString;
        await StoreSeeder.SeedAsync(_connectionString, Shape, Path.Combine(AppContext.BaseDirectory, "data", "examples"), _ => { });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_seeder_fills_every_table_with_the_shape_asked_for()
    {
        // A store seeded elsewhere has its own shape, which its seeding printed.
        if (!string.IsNullOrWhiteSpace(SeededElsewhere)) return;
        await using NpgsqlConnection connection = await OpenAsync();
        Assert.Equal(Shape.People, await CountAsync(connection, "SELECT count(*) FROM people"));
        Assert.Equal(Shape.People * Shape.RoutinesPerPerson, await CountAsync(connection, "SELECT count(*) FROM routines"));
        Assert.Equal(Shape.People * Shape.OutcomesPerPerson, await CountAsync(connection, "SELECT count(*) FROM outcomes"));
        Assert.Equal(Shape.People, await CountAsync(connection, "SELECT count(*) FROM history_summaries"));
        // Every outcome belongs to one of its person's own routines.
        Assert.Equal(0, await CountAsync(connection,
            "SELECT count(*) FROM outcomes o JOIN routines r ON r.id = o.routine_id WHERE r.person_id <> o.person_id"));
    }

    [Fact]
    public async Task No_per_person_statement_reads_a_whole_table()
    {
        await using NpgsqlConnection connection = await OpenAsync();
        var person = await OnePersonAsync(connection);
        var plans = new List<string>();
        // The store's own list: a statement it adds is planned here without being copied.
        foreach ((string name, string sql) in PersonStatements.All)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            foreach ((string parameter, object value) in person.Parameters)
                if (Regex.IsMatch(sql, $@"@{parameter}\b")) explain.Parameters.AddWithValue(parameter, value);
            var lines = new List<string>();
            await using (NpgsqlDataReader rows = await explain.ExecuteReaderAsync())
                while (await rows.ReadAsync()) lines.Add(rows.GetString(0));
            string plan = string.Join('\n', lines);
            output.WriteLine($"{name}:\n{plan}\n");
            if (Tables.Any(t => plan.Contains($"Seq Scan on {t}", StringComparison.Ordinal))) plans.Add($"{name}:\n{plan}");
        }

        Assert.True(plans.Count == 0, "sequential scans on a per-person path:\n\n" + string.Join("\n\n", plans));
    }

    [Fact]
    public async Task The_recent_window_is_read_from_the_time_index_not_the_whole_table()
    {
        await using NpgsqlConnection connection = await OpenAsync();
        var plans = new List<string>();
        // A window as small beside the seeded outcomes as the default window is beside twenty million.
        foreach ((string name, string sql) in WindowStatements.All)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            explain.Parameters.AddWithValue("count", string.IsNullOrWhiteSpace(SeededElsewhere) ? Shape.People * Shape.OutcomesPerPerson / 200 : 100_000);
            var lines = new List<string>();
            await using (NpgsqlDataReader rows = await explain.ExecuteReaderAsync())
                while (await rows.ReadAsync()) lines.Add(rows.GetString(0));
            string plan = string.Join('\n', lines);
            output.WriteLine($"{name}:\n{plan}\n");
            if (Tables.Any(t => plan.Contains($"Seq Scan on {t}", StringComparison.Ordinal)) || !plan.Contains("Index Scan Backward using outcomes_by_time", StringComparison.Ordinal)
                && !plan.Contains("Index Only Scan Backward using outcomes_by_time", StringComparison.Ordinal))
                plans.Add($"{name}:\n{plan}");
        }

        Assert.True(plans.Count == 0, "the window is not read backwards along outcomes_by_time:\n\n" + string.Join("\n\n", plans));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private sealed record SeededPersonRow(IReadOnlyList<(string, object)> Parameters);

    // A person from the middle of the seeded store, with one of their routines and outcomes: the values a
    // real request would carry. Statements that write are only planned, never run, so they may reuse ids.
    private static async Task<SeededPersonRow> OnePersonAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT p.id, p.token_hash, r.id, r.created_at, o.id, o.idempotency_key
            FROM people p JOIN routines r ON r.person_id = p.id JOIN outcomes o ON o.routine_id = r.id
            ORDER BY p.id OFFSET 1000 LIMIT 1
            """, connection);
        await using NpgsqlDataReader row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return new SeededPersonRow(
        [
            ("person", row.GetString(0)), ("hash", row.GetString(1)), ("routine", row.GetString(2)), ("at", row.GetInt64(3)),
            ("outcome", row.GetString(4)), ("key", row.GetString(5)), ("limit", 21),
            ("assessment", "{}"), ("document", "{}"), ("fingerprint", "f"), ("version", 1), ("summary", "{}"), ("layer", "AQ=="),
        ]);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
