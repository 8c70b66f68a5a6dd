using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// The real host, <c>dotnet advisor.dll</c>, as a child process listening on a free loopback port:
/// requests go over TCP, so Kestrel's own limits apply, and the process can be killed outright.
/// Disposing kills it (and anything it started); so does the end of the test run, whatever happened.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const string ReadyLine = "RoutineAdvisor is serving on";

    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    static HostProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (Process process in Running.Values) Stop(process);
    };

    private HostProcess(string db, int port, IReadOnlyList<string> settings)
    {
        Address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(Dotnet())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (string argument in new[] { "--db", db, "--urls", Address.ToString().TrimEnd('/') }.Concat(settings)) start.ArgumentList.Add(argument);
        // Only the command line configures the host under test.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("ADVISOR_", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(name);

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.Exited += (_, _) => _ready.TrySetResult(false);
        _process.Start();
        Id = _process.Id;
        Running[Id] = _process;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = CreateClient(Address);
    }

    /// <summary>The built host beside the tests: the test project references Advisor.Host, so its output is copied here.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "advisor.dll");

    /// <summary>Where the host listens, ending in a slash.</summary>
    public Uri Address { get; }

    /// <summary>A client for this host; header values may hold any UTF-8, as a hostile caller's would.</summary>
    public HttpClient Client { get; }

    /// <summary>The process id.</summary>
    public int Id { get; }

    /// <summary>Everything the host wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the host on <paramref name="db"/> with extra command-line <paramref name="settings"/>
    /// (for example <c>--RequestsPerMinute 0</c>) and waits until it says it is serving.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string db, params string[] settings)
    {
        Assert.True(File.Exists(AssemblyPath), $"The host is not beside the tests: {AssemblyPath} is missing.");
        for (int attempt = 1; ; attempt++)
        {
            var host = new HostProcess(db, FreePort(), settings);
            Task finished = await Task.WhenAny(host._ready.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            if (finished == host._ready.Task && host._ready.Task.Result) return host;
            string output = host.Output;
            await host.DisposeAsync();
            // Another process may take the port between choosing it and the host binding it.
            if (attempt < 3 && output.Contains("Cannot listen", StringComparison.Ordinal)) continue;
            throw new InvalidOperationException($"The host did not start (dotnet {AssemblyPath} --db {db} {string.Join(' ', settings)}):\n{output}");
        }
    }

    /// <summary>Kills the host at once (SIGKILL on Linux): no shutdown, no flushing, as in a crash.</summary>
    public void Kill() => Stop(_process);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return ValueTask.CompletedTask;
        Stop(_process);
        Running.TryRemove(Id, out _);
        Client.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static HttpClient CreateClient(Uri address) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has already gone.
        }
    }

    // The muxer that runs the tests runs the host too; the PATH is the last resort.
    internal static string Dotnet()
    {
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return current;
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains(ReadyLine, StringComparison.Ordinal)) _ready.TrySetResult(true);
    }
}
