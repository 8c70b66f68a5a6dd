using Npgsql;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>A database of its own on the test server, with the connection string that reaches it.</summary>
public sealed record PostgresDatabase(string Name, string ConnectionString)
{
    /// <summary>An open connection to this database; the caller disposes it.</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
