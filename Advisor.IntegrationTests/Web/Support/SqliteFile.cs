using Microsoft.Data.Sqlite;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Reads a host's SQLite file directly, over its own unpooled connection, to check what the API
/// really wrote (or did not write). It never writes.
/// </summary>
public sealed class SqliteFile(string path)
{
    /// <summary>How many rows of each kind the file holds.</summary>
    public sealed record Counts(long People, long Routines, long Outcomes);

    /// <summary>The rows of people, routines and outcomes.</summary>
    public async Task<Counts> CountsAsync() =>
        new(await CountAsync("people"), await CountAsync("routines"), await CountAsync("outcomes"));

    /// <summary>The rows of <paramref name="table"/>.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The outcome rows of a person.</summary>
    public async Task<long> OutcomesOfAsync(string personId)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outcomes WHERE person_id = @person";
        command.Parameters.AddWithValue("@person", personId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every table of the schema.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using SqliteDataReader rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) tables.Add(rows.GetString(0));
        return tables;
    }

    /// <summary>Every row of <paramref name="table"/>, each column as text (null stays null).</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> RowsAsync(string table)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        var result = new List<IReadOnlyDictionary<string, string?>>();
        await using SqliteDataReader rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            var row = new Dictionary<string, string?>();
            for (int i = 0; i < rows.FieldCount; i++) row[rows.GetName(i)] = rows.IsDBNull(i) ? null : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            result.Add(row);
        }

        return result;
    }

    /// <summary>Every (table, column, value) in the file whose value contains <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> WhereContainsAsync(string text)
    {
        var found = new List<string>();
        foreach (string table in await TablesAsync())
        {
            foreach (var row in await RowsAsync(table))
            {
                found.AddRange(row.Where(c => c.Value?.Contains(text, StringComparison.Ordinal) == true).Select(c => $"{table}.{c.Key}"));
            }
        }

        return found;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
