using System.Diagnostics;
using OpenQA.Selenium.Chrome;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// One chromedriver (Debian's, next to its Chromium) for many browsers, through Selenium. Each
/// browser gets a fresh profile in a scratch folder that is deleted with it.
/// </summary>
public sealed class ChromiumSessions : IDisposable
{
    private readonly ChromeDriverService _service;
    private readonly ScratchFolder _folder;
    private readonly List<Browser> _open = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private ChromiumSessions(ChromeDriverService service, ScratchFolder folder)
    {
        _service = service;
        _folder = folder;
    }

    /// <summary>How long starting chromedriver took.</summary>
    public TimeSpan StartupTime { get; private init; }

    /// <summary>Starts chromedriver.</summary>
    public static async Task<ChromiumSessions> StartAsync()
    {
        if (!File.Exists(Chromium.DriverPath))
            throw new InvalidOperationException($"chromedriver is missing at {Chromium.DriverPath}; call Chromium.EnsureInstalledAsync first.");
        var clock = Stopwatch.StartNew();
        // Naming the driver's folder and file keeps Selenium Manager from looking for (or downloading) one.
        ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        await service.StartAsync();
        var folder = ScratchFolder.Create("chromium");
        if (service.ProcessId > 0) folder.RecordProcess(service.ProcessId);
        return new ChromiumSessions(service, folder) { StartupTime = clock.Elapsed };
    }

    /// <summary>A new headless Chromium with a fresh profile and a window of <paramref name="width"/> × <paramref name="height"/>.</summary>
    public Browser NewSession(int width = 1280, int height = 900)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        string profile = _folder.Combine($"profile-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(profile);
        var driver = new ChromeDriver(_service, ChromiumOptions.For(profile, width, height), TimeSpan.FromSeconds(60));
        var browser = new Browser(driver, profile, Forget);
        lock (_gate) _open.Add(browser);
        return browser;
    }

    /// <summary>Quits every browser still open, stops the driver and deletes the profiles.</summary>
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
        _service.Dispose();
        _folder.Dispose();
    }

    private void Forget(Browser browser)
    {
        lock (_gate) _open.Remove(browser);
    }
}
