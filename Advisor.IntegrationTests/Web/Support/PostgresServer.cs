using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// A PostgreSQL server of the tests' own: a fresh cluster in a scratch folder, listening on a free
/// port of 127.0.0.1 with trust authentication, its Unix socket in the same folder. Disposing
/// stops it and deletes the folder.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    /// <summary>The superuser initdb creates; trust authentication means it needs no password.</summary>
    public const string UserName = "postgres";

    private const int StartAttempts = 3;
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly ScratchFolder _folder;
    private readonly HashSet<string> _connectionStrings = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private PostgresServer(ScratchFolder folder, PostgresBinaries binaries, int port)
    {
        _folder = folder;
        Binaries = binaries;
        Port = port;
    }

    /// <summary>The programs the server runs from.</summary>
    public PostgresBinaries Binaries { get; }

    /// <summary>The host the server listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The folder holding the data directory, the log and the Unix socket.</summary>
    public string Folder => _folder.Path;

    /// <summary>The cluster's data directory.</summary>
    public string DataDirectory => _folder.Combine("data");

    /// <summary>The server's log file, quoted in errors.</summary>
    public string LogFile => _folder.Combine("server.log");

    /// <summary>How long initdb, start and the first connection took.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Creates a fresh cluster and starts it; throws with the server log when it cannot.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var clock = Stopwatch.StartNew();
        var binaries = await PostgresBinaries.Locate();
        var folder = ScratchFolder.Create("postgres");
        try
        {
            await PostgresAccount.GiveFolderAsync(folder.Path);
            string data = folder.Combine("data");
            (await PostgresAccount.RunAsync(binaries.InitDb,
                    ["-D", data, "-U", UserName, "--auth-local=trust", "--auth-host=trust", "-E", "UTF8", "--locale=C"],
                    InitDbTimeout, folder.Path))
                .EnsureSuccess("Creating the test cluster with initdb");
            PostgresSettings.Apply(data, folder.Path);

            int port = await StartOnFreePortAsync(binaries, folder);
            RecordPostmaster(folder);
            var server = new PostgresServer(folder, binaries, port);
            await server.WaitUntilAcceptingAsync();
            server.StartupTime = clock.Elapsed;
            return server;
        }
        catch
        {
            await StopAsync(binaries, folder);
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres")
    {
        string connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Username = UserName,
            Database = database,
            Timeout = 30,
            CommandTimeout = 60,
            IncludeErrorDetail = true,
        }.ConnectionString;
        lock (_gate) _connectionStrings.Add(connectionString);
        return connectionString;
    }

    /// <summary>
    /// Creates a database (named <c>advisor_</c> and random letters unless <paramref name="name"/>
    /// is given) so a test class gets tables no other class sees.
    /// </summary>
    public async Task<PostgresDatabase> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"advisor_{Guid.NewGuid().ToString("N")[..12]}";
        if (!DatabaseName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain lower-case database name.", nameof(name));
        await using (var connection = new NpgsqlConnection(AdminConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new PostgresDatabase(name, ConnectionString(name));
    }

    /// <summary>Stops the server (fast shutdown: open connections are ended) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        string[] connectionStrings;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            connectionStrings = [.. _connectionStrings];
        }
        // Pooled connections to a stopped server are dead; drop them so nothing tries to reuse them.
        foreach (string connectionString in connectionStrings)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        await StopAsync(Binaries, _folder);
        _folder.Dispose();
    }

    private static async Task<int> StartOnFreePortAsync(PostgresBinaries binaries, ScratchFolder folder)
    {
        string log = folder.Combine("server.log");
        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort.Pick();
            long logLength = File.Exists(log) ? new FileInfo(log).Length : 0;
            var start = await PostgresAccount.RunAsync(binaries.PgCtl,
                ["start", "-D", folder.Combine("data"), "-l", log, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                 "-o", $"-p {port}"],
                StartTimeout + TimeSpan.FromSeconds(15), folder.Path);
            if (start.Succeeded) return port;

            string serverLog = ReadFrom(log, logLength);
            // The port was free when picked; a test running in parallel may have taken it since.
            bool portTaken = serverLog.Contains("could not bind", StringComparison.Ordinal)
                || serverLog.Contains("Address already in use", StringComparison.Ordinal);
            if (portTaken && attempt < StartAttempts) continue;
            throw new InvalidOperationException(
                $"PostgreSQL did not start on port {port}: `{start.CommandLine}` exited with code {start.ExitCode}.\n"
                + OutputTail.Of(start.Output) + $"Server log ({log}):\n" + OutputTail.Of(serverLog));
        }
    }

    // pg_ctl detaches the server; the folder's record lets a later run kill it should this run die.
    private static void RecordPostmaster(ScratchFolder folder)
    {
        string pidFile = Path.Combine(folder.Combine("data"), "postmaster.pid");
        if (File.Exists(pidFile)
            && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out int pid))
            folder.RecordProcess(pid);
    }

    private async Task WaitUntilAcceptingAsync()
    {
        string connectionString = AdminConnectionString();
        try
        {
            await Poll.UntilAsync(async () =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var ping = new NpgsqlCommand("select 1", connection);
                return await ping.ExecuteScalarAsync() is 1;
            }, ConnectTimeout, $"PostgreSQL on {Host}:{Port} to accept connections");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nServer log ({LogFile}):\n{OutputTail.Of(ReadFrom(LogFile, 0))}", e);
        }
    }

    // Unpooled, so administration leaves no idle connection behind in the server's slots.
    private string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false }.ConnectionString;

    private static async Task StopAsync(PostgresBinaries binaries, ScratchFolder folder)
    {
        string data = folder.Combine("data");
        if (!File.Exists(Path.Combine(data, "postmaster.pid"))) return;
        try
        {
            await PostgresAccount.RunAsync(binaries.PgCtl,
                ["stop", "-D", data, "-m", "fast", "-w", "-t", ((int)StopTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)],
                StopTimeout + TimeSpan.FromSeconds(15), folder.Path);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // Disposing the folder kills the recorded postmaster outright.
        }
    }

    private static string ReadFrom(string path, long offset)
    {
        if (!File.Exists(path)) return "(no log was written)";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
