using Advisor.Engine.Outcomes;
using Advisor.Storage.Sql;
using Advisor.IntegrationTests.Web.Support;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Storage;

/// <summary>The history store contract on PostgreSQL: the same tests, on a database of the server the tests start.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryStoreTests(PostgresFixture postgres) : HistoryStoreContract
{
    /// <inheritdoc />
    protected override string ExpectedKind => "postgresql";

    // The contract's tests use fresh ids and read back only what they wrote, so they share one database.
    /// <inheritdoc />
    protected override Task<IHistoryStore> CreateStoreAsync() =>
        Task.FromResult<IHistoryStore>(StoreFactory.Open(postgres.Database.ConnectionString, 5));

    /// <inheritdoc />
    protected override async Task<long> RawAsync(string statement, string personId)
    {
        await using var connection = await postgres.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.Parameters.AddWithValue("person", personId);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }

    [Fact]
    public async Task Hosts_starting_together_migrate_once()
    {
        PostgresDatabase database = await postgres.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => StoreFactory.Open(database.ConnectionString, 5)).ToArray();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync()));

        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        Assert.Equal((long)Migrations.All.Count, Convert.ToInt64(await command.ExecuteScalarAsync()));
        foreach (SqlStore store in stores) await store.DisposeAsync();
    }
}
