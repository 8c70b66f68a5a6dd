using Microsoft.Data.Sqlite;

namespace Advisor.IntegrationTests.Storage;

/// <summary>
/// The SQLite the host ships. Older bundles (SQLite 3.35 in SQLitePCLRaw 2.0.6) were built without
/// usleep, so every busy wait slept a whole second and stalled every writer behind it.
/// </summary>
public sealed class SqliteLibraryTests
{
    [Fact]
    public void The_shipped_SQLite_is_3_49_or_newer()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using SqliteCommand version = connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        var shipped = Version.Parse((string)version.ExecuteScalar()!);
        Assert.True(shipped >= new Version(3, 49), $"the host ships SQLite {shipped}");
    }
}
