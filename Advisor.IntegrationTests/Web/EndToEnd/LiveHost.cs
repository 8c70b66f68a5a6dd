using System.Diagnostics;
using System.Globalization;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>
/// The built host (<c>advisor.dll</c>, copied beside the tests) running as a child process on a free
/// port of 127.0.0.1 with an SQLite store of its own, so a real browser reaches the page and the
/// API exactly as a person's would. The rate limit is off: one browser is one caller, and the tests
/// must not wait on it. Disposing kills the process and deletes its folder.
/// </summary>
public sealed class LiveHost : IAsyncLifetime
{
    private const string ServingLine = "RoutineAdvisor is serving on";
    private const string AddressTakenLine = "Cannot listen";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly OutputTail _output = new();
    private ScratchFolder? _folder;
    private Process? _process;
    private HttpClient? _http;

    /// <summary>The page's address, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client for the host's API that bypasses any configured proxy; its base address is <see cref="BaseAddress"/>.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>How long the host took to start serving.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What the host printed last, quoted for a failure message.</summary>
    public string OutputReport() => Report(_process);

    /// <summary>Starts the host and waits until it says it is serving and answers /healthz.</summary>
    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the host and deletes its store.</summary>
    public Task DisposeAsync()
    {
        _http?.Dispose();
        _http = null;
        if (_process is not null)
        {
            Command.KillTree(_process);
            _process.Dispose();
            _process = null;
        }
        _folder?.Dispose();
        return Task.CompletedTask;
    }

    private async Task StartAsync()
    {
        var clock = Stopwatch.StartNew();
        _folder = ScratchFolder.Create("host");
        string binary = Path.Combine(AppContext.BaseDirectory, "advisor.dll");
        if (!File.Exists(binary)) throw new InvalidOperationException($"The built host is missing at {binary}.");

        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort.Pick();
            var launch = Launch(binary, port);
            if (await launch.ServesWithinAsync(StartTimeout))
            {
                _process = launch.Process;
                BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
                _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
                {
                    BaseAddress = BaseAddress,
                    Timeout = TimeSpan.FromSeconds(30),
                };
                try
                {
                    await Poll.UntilAsync(async () =>
                    {
                        using var health = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
                        return health.IsSuccessStatusCode;
                    }, TimeSpan.FromSeconds(10), "the host to answer /healthz");
                }
                catch (TimeoutException e)
                {
                    throw new InvalidOperationException($"{e.Message}\n{OutputReport()}", e);
                }
                StartupTime = clock.Elapsed;
                return;
            }

            // An exited host's last lines may still be on their way; WaitForExit() reads them to the end.
            if (launch.Process.HasExited) launch.Process.WaitForExit();
            string report = Report(launch.Process);
            Command.KillTree(launch.Process);
            launch.Process.Dispose();
            // The port was free when picked; something else may have taken it before the host bound it.
            if (launch.AddressTaken && attempt < StartAttempts) continue;
            throw new InvalidOperationException(
                $"The host did not start serving on port {port} within {StartTimeout.TotalSeconds:0} s.\n{report}");
        }
    }

    private Launched Launch(string binary, int port)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder!.Path,
        };
        start.ArgumentList.Add(binary);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(_folder.Combine("advisor.db"));
        start.ArgumentList.Add("--RequestsPerMinute");
        start.ArgumentList.Add("0");
        // Settings from the environment outrank the command line; none of the machine's may leak in.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("ADVISOR_", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(name);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var launched = new Launched(new Process { StartInfo = start, EnableRaisingEvents = true });
        launched.Process.OutputDataReceived += (_, e) => Keep(e.Data, launched);
        launched.Process.ErrorDataReceived += (_, e) => Keep(e.Data, launched);
        launched.Process.Exited += (_, _) => launched.Serving.TrySetResult(false);
        _output.Add(string.Create(CultureInfo.InvariantCulture, $"--- starting the host on port {port}"));
        launched.Process.Start();
        launched.Process.BeginOutputReadLine();
        launched.Process.BeginErrorReadLine();
        _folder.RecordProcess(launched.Process.Id);
        return launched;
    }

    private void Keep(string? line, Launched launched)
    {
        if (line is null) return;
        _output.Add(line);
        if (line.Contains(ServingLine, StringComparison.Ordinal)) launched.Serving.TrySetResult(true);
        if (line.Contains(AddressTakenLine, StringComparison.Ordinal)) launched.AddressTaken = true;
    }

    private string Report(Process? process)
    {
        string said = _output.ToString();
        string state = process is { HasExited: true }
            ? string.Create(CultureInfo.InvariantCulture, $"exited with code {process.ExitCode}")
            : "running";
        return $"The host ({state}) printed last:\n" + (said.Length == 0 ? "  (nothing)\n" : OutputTail.Of(said));
    }

    /// <summary>The dotnet executable that runs these tests (the SDK names it), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        string? fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    /// <summary>One start of the host: its process, and whether it said it serves or that the address was taken.</summary>
    private sealed class Launched(Process process)
    {
        public Process Process { get; } = process;

        public TaskCompletionSource<bool> Serving { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool AddressTaken { get; set; }

        public async Task<bool> ServesWithinAsync(TimeSpan timeout)
        {
            try
            {
                return await Serving.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }
}
