using System.Diagnostics;
using System.Globalization;

namespace Advisor.Tests.Web.Support;

/// <summary>
/// A chromedriver process on a free port of 127.0.0.1, which starts a headless Chromium per
/// <see cref="NewSession"/>. Its output (and the browsers') is kept out of the test output; the
/// last lines are quoted when something fails. Disposing quits the browsers and kills the driver
/// with everything it started.
/// </summary>
public sealed class ChromeDriver : IDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ScratchFolder _folder;
    private readonly OutputTail _output;
    private readonly WebDriverClient _client;
    private readonly List<Browser> _open = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private ChromeDriver(Process process, ScratchFolder folder, OutputTail output, WebDriverClient client, Uri endpoint)
    {
        _process = process;
        _folder = folder;
        _output = output;
        _client = client;
        Endpoint = endpoint;
    }

    /// <summary>The driver's base address.</summary>
    public Uri Endpoint { get; }

    /// <summary>How long the driver took to start answering.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Starts chromedriver (which must be installed; see <see cref="Chromium.EnsureInstalledAsync"/>).</summary>
    public static async Task<ChromeDriver> StartAsync()
    {
        if (!File.Exists(Chromium.DriverPath))
            throw new InvalidOperationException($"chromedriver is missing at {Chromium.DriverPath}; call Chromium.EnsureInstalledAsync first.");
        var clock = Stopwatch.StartNew();
        var folder = ScratchFolder.Create("chromium");
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                int port = FreePort.Pick();
                var output = new OutputTail();
                var process = Launch(port, output, folder);
                var endpoint = new Uri($"http://127.0.0.1:{port}/");
                var client = new WebDriverClient(endpoint, output.ToString);
                if (await WaitUntilReadyAsync(process, client))
                    return new ChromeDriver(process, folder, output, client, endpoint) { StartupTime = clock.Elapsed };

                client.Dispose();
                Command.KillTree(process);
                process.Dispose();
                string said = output.ToString();
                // The port was free when picked; a test running in parallel may have taken it since.
                bool portTaken = said.Contains("bind", StringComparison.OrdinalIgnoreCase) || said.Contains("Port not available", StringComparison.Ordinal);
                if (portTaken && attempt < StartAttempts) continue;
                throw new InvalidOperationException(
                    $"chromedriver did not become ready on port {port} within {ReadyTimeout.TotalSeconds:0} s. It printed:\n{OutputTail.Of(said)}");
            }
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Starts a headless Chromium with a fresh profile and a window of the given size.</summary>
    public Browser NewSession(int width = 1280, int height = 900)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        string profile = _folder.Combine($"profile-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(profile);
        var created = _client.Post("session", SessionCapabilities.For(profile, width, height));
        var browser = new Browser(_client, created.GetProperty("sessionId").GetString()!, profile, Forget);
        lock (_gate) _open.Add(browser);
        return browser;
    }

    /// <summary>Quits every browser still open, kills the driver and what it started, and deletes the profiles.</summary>
    public void Dispose()
    {
        Browser[] open;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            open = [.. _open];
        }
        foreach (var browser in open) browser.Quit();
        Command.KillTree(_process);
        _process.Dispose();
        _client.Dispose();
        _folder.Dispose();
    }

    private void Forget(Browser browser)
    {
        lock (_gate) _open.Remove(browser);
    }

    private static Process Launch(int port, OutputTail output, ScratchFolder folder)
    {
        var start = new ProcessStartInfo(Chromium.DriverPath)
        {
            // Read and kept in the tail, never passed through: Chromium inherits these streams too.
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Path,
        };
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--port={port}"));
        start.ArgumentList.Add("--log-level=WARNING");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        folder.RecordProcess(process.Id);
        return process;
    }

    private static async Task<bool> WaitUntilReadyAsync(Process process, WebDriverClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyTimeout && !process.HasExited)
        {
            try
            {
                if (await client.IsReadyAsync()) return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        return false;
    }
}
