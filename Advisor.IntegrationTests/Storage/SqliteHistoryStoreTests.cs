using Advisor.Engine.Outcomes;
using Advisor.Storage.Sql;
using Microsoft.Data.Sqlite;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Storage;

/// <summary>The history store contract on SQLite: each store over a new file in the temp folder.</summary>
public sealed class SqliteHistoryStoreTests : HistoryStoreContract
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "routine-advisor-tests");

    private readonly List<string> _files = [];

    /// <inheritdoc />
    protected override string ExpectedKind => "sqlite";

    /// <inheritdoc />
    protected override Task<IHistoryStore> CreateStoreAsync()
    {
        Directory.CreateDirectory(Folder);
        string path = Path.Combine(Folder, $"store-{Guid.NewGuid():n}.db");
        _files.Add(path);
        return Task.FromResult<IHistoryStore>(StoreFactory.Open(path, 5));
    }

    /// <inheritdoc />
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (string file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left in the temp folder; nothing depends on it.
            }
        }
    }

    /// <inheritdoc />
    protected override async Task<long> RawAsync(string statement, string personId)
    {
        await using var connection = new SqliteConnection($"Data Source={_files[0]}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = statement;
        command.Parameters.AddWithValue("person", personId);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }

    [Fact]
    public async Task A_data_source_prefix_names_the_same_file()
    {
        string path = _files[0];
        (string person, string hash) = (NewId(), NewId());
        await Store.CreatePersonAsync(person, hash, T0);

        await using SqlStore same = StoreFactory.Open($"Data Source={path};", 5);

        Assert.Equal(person, await same.FindPersonAsync(hash));
    }
}
