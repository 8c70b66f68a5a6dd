using System.Net;
using System.Text.Json;
using Advisor.Storage.Sql;
using Advisor.Host.Seeding;
using Advisor.IntegrationTests.Web.Support;
using Npgsql;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>A seeded store is one the host reads as its own: a seeded person's routines, progress, export and next outcome.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeededStoreApiTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SeedShape Shape = new(People: 50, OutcomesPerPerson: 10, Seed: 3);
    private const int Index = 17;

    private PostgresDatabase _database = null!;
    private AdvisorFactory _host = null!;

    public async Task InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await StoreSeeder.SeedAsync(_database.ConnectionString, Shape, Path.Combine(AppContext.BaseDirectory, "data", "examples"), _ => { });
        _host = new AdvisorFactory(_database.ConnectionString);
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_host_serves_a_seeded_person_their_routines_progress_and_export()
    {
        using HttpClient person = _host.ClientWith(Shape.Token(Index));
        using HttpResponseMessage listed = await person.GetAsync("/api/me/routines");
        JsonElement routines = await listed.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Shape.RoutinesPerPerson, routines.GetArrayLength());
        string routineId = routines[0].GetProperty("routineId").GetString()!;
        Assert.Contains(routines.EnumerateArray(), r => r.GetProperty("logged").GetBoolean());

        using HttpResponseMessage one = await person.GetAsync($"/api/routines/{routineId}");
        JsonElement view = await one.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(routineId, view.GetProperty("routine").GetProperty("routineId").GetString());
        Assert.True(view.GetProperty("routine").GetProperty("phases").GetArrayLength() > 0);

        using HttpResponseMessage progress = await person.GetAsync("/api/me/progress");
        Assert.Equal(Shape.OutcomesPerPerson, (await progress.JsonAsync(HttpStatusCode.OK)).GetProperty("outcomes").GetInt32());

        using HttpResponseMessage export = await person.GetAsync("/api/me/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        string csv = await export.Content.ReadAsStringAsync();
        await using NpgsqlConnection connection = await _database.OpenConnectionAsync();
        foreach (string id in await IdsAsync(connection, "SELECT o.id FROM outcomes o JOIN people p ON p.id = o.person_id WHERE p.token_hash = @hash"))
            Assert.Contains(id, csv, StringComparison.Ordinal);
        foreach (string id in await IdsAsync(connection, "SELECT o.id FROM outcomes o JOIN people p ON p.id = o.person_id WHERE p.token_hash <> @hash LIMIT 20"))
            Assert.DoesNotContain(id, csv, StringComparison.Ordinal);

        // A new routine reads the seeded summary; an outcome on a seeded routine folds into it.
        using HttpResponseMessage created = await person.PostJsonAsync("/api/routines", Documents.ContractExample);
        await created.JsonAsync(HttpStatusCode.Created);
        using HttpResponseMessage logged = await person.PostJsonAsync($"/api/routines/{routineId}/outcomes",
            """{"completed":[],"painBefore":{"lower-back":5},"painAfter":{"lower-back":3}}""");
        await logged.JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_seeded_summary_is_the_one_the_store_builds_from_the_same_outcomes()
    {
        await using NpgsqlConnection connection = await _database.OpenConnectionAsync();
        string personId = (await IdsAsync(connection, "SELECT id FROM people WHERE token_hash = @hash"))[0];
        string seeded = await SummaryAsync(connection, personId);

        await using (var drop = new NpgsqlCommand("DELETE FROM history_summaries WHERE person_id = @person", connection))
        {
            drop.Parameters.AddWithValue("person", personId);
            await drop.ExecuteNonQueryAsync();
        }

        await using (SqlStore store = StoreFactory.Open(_database.ConnectionString, 5))
            await store.HistorySummaryAsync(personId);
        Assert.Equal(seeded, await SummaryAsync(connection, personId));
    }

    private static async Task<string> SummaryAsync(NpgsqlConnection connection, string personId)
    {
        await using var command = new NpgsqlCommand(
            "SELECT version || ' ' || last_logged_at || ' ' || last_outcome_id || ' ' || summary FROM history_summaries WHERE person_id = @person", connection);
        command.Parameters.AddWithValue("person", personId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> IdsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("@hash", StringComparison.Ordinal)) command.Parameters.AddWithValue("hash", Advisor.Host.Web.People.Tokens.Hash(Shape.Token(Index)));
        var ids = new List<string>();
        await using NpgsqlDataReader rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) ids.Add(rows.GetString(0));
        return ids;
    }
}
