namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Debian's Chromium and its chromedriver, which the browser tests drive.</summary>
public static class Chromium
{
    /// <summary>Debian's launcher script for the browser.</summary>
    public const string BrowserPath = "/usr/bin/chromium";

    /// <summary>Debian's chromedriver, built from the same sources as the browser.</summary>
    public const string DriverPath = "/usr/bin/chromedriver";

    private static readonly Lazy<Task<TimeSpan>> Installation = new(ChromiumInstaller.InstallIfMissingAsync);

    /// <summary>True when both the browser and chromedriver are present.</summary>
    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(DriverPath);

    /// <summary>
    /// Installs the browser and driver with apt-get if either is missing, once per test run
    /// (later callers share the first call's outcome, failure included). Returns how long the
    /// install took, zero when nothing had to be installed.
    /// </summary>
    public static Task<TimeSpan> EnsureInstalledAsync() => Installation.Value;
}
