using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// The whole host in memory, over its own SQLite file in the temp folder, so test classes that run
/// in parallel never see each other's people. Use it as a class fixture; the file goes with it.
/// </summary>
public sealed class AdvisorFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "routine-advisor-tests");

    private readonly string? _storeSetting;
    private readonly (string Key, string Value)[] _settings;

    /// <summary>A host over a new, empty database file.</summary>
    public AdvisorFactory()
        : this(null)
    {
    }

    /// <summary>A host over the store <paramref name="storeSetting"/> names (a PostgreSQL connection string); null for a new SQLite file.</summary>
    internal AdvisorFactory(string? storeSetting, params (string Key, string Value)[] settings)
    {
        _storeSetting = storeSetting;
        _settings = settings;
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, $"{Guid.NewGuid():n}.db");
        Database = new SqliteFile(DatabasePath);
    }

    /// <summary>The SQLite file this host keeps its people in.</summary>
    public string DatabasePath { get; }

    /// <summary>The same file read directly, to see what was really written.</summary>
    public SqliteFile Database { get; }

    /// <summary>The host's own store.</summary>
    public IHistoryStore Store => Services.GetRequiredService<IHistoryStore>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As in production: no developer pages, the same problem answers a client sees.
        builder.UseEnvironment("Production");
        builder.UseSetting("Db", _storeSetting ?? DatabasePath);
        // These tests send many requests from one in-memory caller; the limit has its own tests.
        builder.UseSetting("RequestsPerMinute", "0");
        foreach ((string key, string value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>Starts the host; starting it migrates the store, as a served host does.</summary>
    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    /// <summary>Stops the host and deletes its database file.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        foreach (string suffix in new[] { "", "-wal", "-shm", ".ranker" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // Left in the temp folder; nothing depends on it.
            }
        }
    }

    /// <summary>A new person (POST /api/users) with a client that sends their token.</summary>
    public async Task<Person> NewPersonAsync()
    {
        using HttpClient anonymous = CreateClient();
        using HttpResponseMessage response = await anonymous.PostAsync("/api/users", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement body = await response.JsonAsync();
        string userId = body.GetProperty("userId").GetString()!;
        string token = body.GetProperty("token").GetString()!;
        return new Person(userId, token, ClientWith(token));
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    public HttpClient ClientWith(string token)
    {
        HttpClient client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>Someone known to the host: their id, their token, and a client that sends it.</summary>
public sealed record Person(string UserId, string Token, HttpClient Client) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
