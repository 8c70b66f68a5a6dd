using Advisor.Host.Seeding;
using Advisor.Tests.Web.Support;
using Npgsql;

namespace Advisor.Tests.Web.Storage;

/// <summary>
/// Every statement the store runs on a per-person path, planned by PostgreSQL over a seeded store:
/// none may read a whole table to find one person's rows. At full size (docs/storage.md) the same
/// check runs over a million people.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeededStorePlanTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SeedShape Shape = new(People: 2_000, OutcomesPerPerson: 10, Seed: 7);
    private static readonly string[] Tables = ["people", "routines", "routine_starts", "outcomes", "history_summaries"];

    private const string RoutineColumns = "id, person_id, created_at, assessment, routine";
    private const string OutcomeColumns = "id, routine_id, logged_at, outcome";

    /// <summary>
    /// The statements of Advisor.Host/Storage (SqlStore, HistorySummaries), word for word. The ones
    /// that read everyone (the learner's replay, the list of ids) are left out: a whole table is what they want.
    /// </summary>
    private static readonly (string Name, string Sql)[] PerPerson =
    [
        ("find person by token", "SELECT id FROM people WHERE token_hash = @hash"),
        ("find routine", $"SELECT {RoutineColumns} FROM routines WHERE id = @id AND person_id = @person"),
        ("routines", $"SELECT {RoutineColumns} FROM routines WHERE person_id = @person ORDER BY created_at, id"),
        ("routine page", PageSql(after: false)),
        ("routine page after a cursor", PageSql(after: true)),
        ("outcomes", $"SELECT {OutcomeColumns} FROM outcomes WHERE person_id = @person ORDER BY logged_at, id"),
        ("find outcome", $"SELECT {OutcomeColumns} FROM outcomes WHERE id = @outcome AND routine_id = @routine AND person_id = @person"),
        ("outcome by idempotency key", $"SELECT {OutcomeColumns}, fingerprint FROM outcomes WHERE person_id = @person AND idempotency_key = @key"),
        ("save outcome",
            """
            INSERT INTO outcomes (id, person_id, routine_id, logged_at, outcome, idempotency_key, fingerprint)
            SELECT @newid, @person, @id, @at, '{}', @newkey, 'f'
            WHERE EXISTS (SELECT 1 FROM routines WHERE id = @id AND person_id = @person)
            """),
        ("has outcomes", "SELECT 1 FROM outcomes WHERE person_id = @person LIMIT 1"),
        ("rebuild summary", "SELECT id, logged_at, outcome FROM outcomes WHERE person_id = @person ORDER BY logged_at, id"),
        ("summary row", "SELECT version, last_logged_at, last_outcome_id, summary FROM history_summaries WHERE person_id = @person"),
        ("mark started",
            """
            INSERT INTO routine_starts (routine_id, person_id, started_at)
            SELECT id, person_id, @at FROM routines r
            WHERE r.id = @id AND r.person_id = @person
              AND NOT EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
            """),
        ("starts", "SELECT routine_id, started_at FROM routine_starts WHERE person_id = @person"),
        ("erase summary", "DELETE FROM history_summaries WHERE person_id = @person"),
        ("erase outcomes", "DELETE FROM outcomes WHERE person_id = @person"),
        ("erase starts", "DELETE FROM routine_starts WHERE person_id = @person"),
        ("erase routines", "DELETE FROM routines WHERE person_id = @person"),
        ("erase person", "DELETE FROM people WHERE id = @person"),
    ];

    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await StoreSeeder.SeedAsync(_database.ConnectionString, Shape, Path.Combine(AppContext.BaseDirectory, "data", "examples"), _ => { });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_seeder_fills_every_table_with_the_shape_asked_for()
    {
        await using NpgsqlConnection connection = await _database.OpenConnectionAsync();
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
        await using NpgsqlConnection connection = await _database.OpenConnectionAsync();
        var person = await OnePersonAsync(connection);
        var plans = new List<string>();
        foreach ((string name, string sql) in PerPerson)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            foreach ((string parameter, object value) in person.Parameters)
                if (sql.Contains("@" + parameter, StringComparison.Ordinal)) explain.Parameters.AddWithValue(parameter, value);
            var lines = new List<string>();
            await using (NpgsqlDataReader rows = await explain.ExecuteReaderAsync())
                while (await rows.ReadAsync()) lines.Add(rows.GetString(0));
            string plan = string.Join('\n', lines);
            if (Tables.Any(t => plan.Contains($"Seq Scan on {t}", StringComparison.Ordinal))) plans.Add($"{name}:\n{plan}");
        }

        Assert.True(plans.Count == 0, "sequential scans on a per-person path:\n\n" + string.Join("\n\n", plans));
    }

    private static string PageSql(bool after) =>
        $"""
        SELECT r.id, r.person_id, r.created_at, r.assessment, r.routine,
               EXISTS (SELECT 1 FROM outcomes o WHERE o.routine_id = r.id),
               EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
        FROM routines r
        WHERE r.person_id = @person
        {(after ? "AND (r.created_at < @at OR (r.created_at = @at AND r.id < @id))" : "")}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT @limit
        """;

    private sealed record SeededPersonRow(IReadOnlyList<(string, object)> Parameters);

    // A person from the middle of the seeded store, with one of their routines and outcomes: the values a real request would carry.
    private static async Task<SeededPersonRow> OnePersonAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT p.id, p.token_hash, r.id, r.created_at, o.idempotency_key, o.id
            FROM people p JOIN routines r ON r.person_id = p.id JOIN outcomes o ON o.routine_id = r.id
            ORDER BY p.id OFFSET 1000 LIMIT 1
            """, connection);
        await using NpgsqlDataReader row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return new SeededPersonRow(
        [
            ("person", row.GetString(0)), ("hash", row.GetString(1)), ("id", row.GetString(2)), ("at", row.GetInt64(3)),
            ("key", row.GetString(4)), ("outcome", row.GetString(5)), ("routine", row.GetString(2)), ("limit", 21), ("newid", "plan-check-outcome"), ("newkey", "plan-check-key"),
        ]);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
