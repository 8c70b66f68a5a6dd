using Npgsql;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>The tests' own PostgreSQL server starts, is the machine's PostgreSQL 15, and keeps databases apart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task The_server_is_the_machines_PostgreSQL_15()
    {
        var server = postgres.Server;
        output.WriteLine($"PostgreSQL {server.Binaries.Version} from {server.Binaries.Directory} on port {server.Port}, started in {server.StartupTime.TotalSeconds:0.00} s");

        string version = await Scalar<string>(postgres.Database.ConnectionString, "select version()");

        Assert.StartsWith($"PostgreSQL {server.Binaries.Version}", version);
        Assert.Equal(15, server.Binaries.MajorVersion);
    }

    [Fact]
    public async Task Settings_keep_durability_and_stay_on_this_machine()
    {
        string connectionString = postgres.Database.ConnectionString;

        Assert.Equal("on", await Scalar<string>(connectionString, "show fsync"));
        Assert.Equal("on", await Scalar<string>(connectionString, "show synchronous_commit"));
        Assert.Equal("200", await Scalar<string>(connectionString, "show max_connections"));
        Assert.Equal("127.0.0.1", await Scalar<string>(connectionString, "show listen_addresses"));
        Assert.Equal(postgres.Server.Folder, await Scalar<string>(connectionString, "show unix_socket_directories"));
    }

    [Fact]
    public async Task Two_databases_do_not_see_each_others_tables()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();
        Assert.NotEqual(first.Name, second.Name);
        Assert.StartsWith("advisor_", first.Name);

        await Execute(first.ConnectionString, "create table notes (id int primary key, body text); insert into notes values (1, 'first')");

        Assert.Equal(1L, await Scalar<long>(first.ConnectionString, "select count(*) from notes"));
        Assert.Null(await Scalar<string?>(second.ConnectionString, "select to_regclass('notes')::text"));
        // The same name is free in the other database.
        await Execute(second.ConnectionString, "create table notes (id int primary key, body text)");
        Assert.Equal(0L, await Scalar<long>(second.ConnectionString, "select count(*) from notes"));
        Assert.Equal(postgres.ConnectionString(first.Name), first.ConnectionString);
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        object? value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
