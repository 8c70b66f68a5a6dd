namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// One PostgreSQL server for every test class of the <see cref="PostgresCollection"/>, with a
/// database made for the collection. A test class that wants tables of its own calls
/// <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private PostgresDatabase? _database;

    /// <summary>The running server.</summary>
    public PostgresServer Server => _server ?? throw NotStarted();

    /// <summary>The database made when the server started.</summary>
    public PostgresDatabase Database => _database ?? throw NotStarted();

    /// <summary>A connection string for <paramref name="database"/> on the server.</summary>
    public string ConnectionString(string database) => Server.ConnectionString(database);

    /// <summary>A fresh, empty database with a random <c>advisor_</c> name.</summary>
    public Task<PostgresDatabase> CreateDatabaseAsync() => Server.CreateDatabaseAsync();

    /// <summary>Starts the server and creates the collection's database.</summary>
    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _database = await _server.CreateDatabaseAsync();
    }

    /// <summary>Stops the server and deletes its files.</summary>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private static InvalidOperationException NotStarted() =>
        new("The PostgreSQL fixture has not started; use it as a collection fixture of the \"Postgres\" collection.");
}
