using Advisor.IntegrationTests.Web.Support;
using Npgsql;

namespace Advisor.IntegrationTests.Cli;

/// <summary><c>advisor seed</c> run as a process: it fills an empty PostgreSQL store once and says why it will not fill anything else.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeedVerbTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Seed_fills_an_empty_store_and_refuses_one_that_holds_people()
    {
        PostgresDatabase database = await postgres.CreateDatabaseAsync();
        string[] seed = ["seed", "--db", database.ConnectionString, "--people", "30", "--outcomes-per-person", "4", "--seed", "5"];

        CommandResult first = await AdvisorCommand.RunAsync(seed);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("seeded 30 people, 30 routines and 120 outcomes", first.Output, StringComparison.Ordinal);
        await using (NpgsqlConnection connection = await database.OpenConnectionAsync())
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM outcomes", connection))
            Assert.Equal(120L, Convert.ToInt64(await count.ExecuteScalarAsync()));

        CommandResult again = await AdvisorCommand.RunAsync(seed);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds people", again.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--db", "history.sqlite", "--people", "10", "seed does not fill SQLite files")]
    [InlineData("--db", "Host=localhost;Database=x", "--people", "0", "--people must be 1 or more")]
    public async Task Seed_explains_a_bad_option(string db, string dbValue, string people, string peopleValue, string expected)
    {
        CommandResult result = await AdvisorCommand.RunAsync("seed", db, dbValue, people, peopleValue);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }
}
