using System.Data.Common;

namespace Advisor.Storage.Sql;

/// <summary>Parameterised commands in the few shapes the store needs; values never become SQL text.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string text, CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using DbCommand command = Command(connection, transaction, text, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public static async Task<List<T>> QueryAsync<T>(
        DbConnection connection, DbTransaction? transaction, string text, Func<DbDataReader, T> read, CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using DbCommand command = Command(connection, transaction, text, parameters);
        await using DbDataReader rows = await command.ExecuteReaderAsync(cancel);
        var result = new List<T>();
        while (await rows.ReadAsync(cancel)) result.Add(read(rows));
        return result;
    }

    public static long Time(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(DbDataReader row, int column) => DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(column));
}
