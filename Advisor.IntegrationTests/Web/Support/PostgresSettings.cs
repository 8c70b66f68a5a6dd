namespace Advisor.IntegrationTests.Web.Support;

/// <summary>The server configuration for tests, appended to the fresh cluster's postgresql.conf.</summary>
internal static class PostgresSettings
{
    public static void Apply(string dataDirectory, string socketDirectory)
    {
        string[] settings =
        [
            // Only this machine's tests may connect; the port is given on the command line per start.
            "listen_addresses = '127.0.0.1'",
            $"unix_socket_directories = '{socketDirectory.Replace("'", "''", StringComparison.Ordinal)}'",
            // Web tests open many pooled connections at once.
            "max_connections = 200",
            // Test data is tiny; many servers may run side by side on a small CI box.
            "shared_buffers = 16MB",
            // Durability stays as in production: crash tests kill the server and expect committed data back.
            "fsync = on",
            "synchronous_commit = on",
            "full_page_writes = on",
            // Compiling queries costs more than the small test queries take to run.
            "jit = off",
            // Containers often cannot provide huge pages; do not even try.
            "huge_pages = off",
            "timezone = 'UTC'",
            "log_timezone = 'UTC'",
            "logging_collector = off",
        ];
        File.AppendAllLines(Path.Combine(dataDirectory, "postgresql.conf"), ["", "# Settings for tests", .. settings]);
    }
}
