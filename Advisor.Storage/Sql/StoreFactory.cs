namespace Advisor.Storage.Sql;

/// <summary>Chooses the store from the <c>--db</c> / <c>ADVISOR_DB</c> setting.</summary>
public static class StoreFactory
{
    /// <summary>
    /// A PostgreSQL connection string (<c>Host=…;Database=…</c>) or URL (<c>postgresql://…</c>)
    /// selects PostgreSQL; anything else is the SQLite file's path (<c>Data Source=</c> optional).
    /// </summary>
    public static SqlStore Open(string setting, int timeoutSeconds)
    {
        string value = setting.Trim();
        if (IsPostgres(value)) return new SqlStore(new PostgresConnections(FromUrl(value), timeoutSeconds));
        const string prefix = "Data Source=";
        string path = value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..].TrimEnd(';') : value;
        return new SqlStore(new SqliteConnections(path, timeoutSeconds));
    }

    /// <summary>True when <paramref name="value"/> names a PostgreSQL store: a URL or a connection string with a host.</summary>
    public static bool IsPostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || value.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A PostgreSQL URL as the keyword connection string Npgsql reads, so both spellings work; a
    /// keyword string comes back as it is.
    /// </summary>
    public static string FromUrl(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal)) return value;
        var url = new Uri(value);
        string[] user = Uri.UnescapeDataString(url.UserInfo).Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}", $"Port={(url.Port > 0 ? url.Port : 5432)}" };
        string database = url.AbsolutePath.Trim('/');
        if (database.Length > 0) parts.Add($"Database={Uri.UnescapeDataString(database)}");
        if (user[0].Length > 0) parts.Add($"Username={user[0]}");
        if (user.Length > 1) parts.Add($"Password={user[1]}");
        return string.Join(';', parts);
    }
}
