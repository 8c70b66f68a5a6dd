namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// One chromedriver, driven through Selenium, for every test class of the <see cref="BrowserCollection"/>; Chromium is
/// installed first if the machine lacks it. Each test takes a browser of its own with
/// <see cref="NewBrowser"/> and disposes it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private ChromiumSessions? _driver;

    /// <summary>The running driver.</summary>
    public ChromiumSessions Driver => _driver ?? throw new InvalidOperationException(
        "The browser fixture has not started; use it as a collection fixture of the \"Browser\" collection.");

    /// <summary>How long installing Chromium took in this run; zero when it was already there.</summary>
    public TimeSpan InstallTime { get; private set; }

    /// <summary>A new headless Chromium with a fresh profile; dispose it when done.</summary>
    public Browser NewBrowser(int width = 1280, int height = 900) => Driver.NewSession(width, height);

    /// <summary>Installs Chromium if needed and starts chromedriver.</summary>
    public async Task InitializeAsync()
    {
        InstallTime = await Chromium.EnsureInstalledAsync();
        _driver = await ChromiumSessions.StartAsync();
    }

    /// <summary>Quits the browsers and stops chromedriver.</summary>
    public Task DisposeAsync()
    {
        _driver?.Dispose();
        return Task.CompletedTask;
    }
}
