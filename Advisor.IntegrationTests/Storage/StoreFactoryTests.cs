using Advisor.Storage.Sql;

namespace Advisor.IntegrationTests.Storage;

/// <summary>The Db setting chooses the store: a file path is SQLite, a connection string or URL is PostgreSQL.</summary>
public sealed class StoreFactoryTests
{
    [Theory]
    [InlineData("Host=localhost;Database=advisor;Username=advisor")]
    [InlineData("Database=advisor; Host=db.internal")]
    [InlineData("postgresql://advisor:secret@localhost:5433/advisor")]
    [InlineData("postgres://localhost/advisor")]
    public async Task A_connection_string_or_url_selects_postgresql_without_connecting(string setting)
    {
        await using SqlStore store = StoreFactory.Open(setting, 1);

        Assert.Equal("postgresql", store.Kind);
    }

    [Fact]
    public async Task A_path_selects_sqlite_and_creates_its_folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "routine-advisor-tests", Guid.NewGuid().ToString("n"));
        string path = Path.Combine(folder, "nested", "advisor.db");
        try
        {
            await using SqlStore store = StoreFactory.Open(path, 1);
            await store.MigrateAsync();

            Assert.Equal("sqlite", store.Kind);
            Assert.True(File.Exists(path));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }
}
