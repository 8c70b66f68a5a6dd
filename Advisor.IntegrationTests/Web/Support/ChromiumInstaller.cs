using System.Diagnostics;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Installs Debian's chromium and chromium-driver packages on a machine that lacks them, so a
/// fresh CI box can run the browser tests without a setup step of its own.
/// </summary>
internal static class ChromiumInstaller
{
    private const string Packages = "chromium chromium-driver";
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    // apt must never stop to ask; DPkg::Lock::Timeout makes it wait for a running unattended upgrade instead of failing.
    private static readonly Dictionary<string, string> Environment = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };
    private static readonly string[] WaitForDpkg = ["-o", "DPkg::Lock::Timeout=300"];

    public static async Task<TimeSpan> InstallIfMissingAsync()
    {
        if (Chromium.IsInstalled) return TimeSpan.Zero;
        if (!CurrentUser.IsRoot)
            throw new InvalidOperationException(
                $"Chromium is missing ({Missing()}) and the tests do not run as root, so they cannot install it. "
                + $"Install it once with: sudo apt-get install -y {Packages}");

        var clock = Stopwatch.StartNew();
        using var installing = await InstallLock.AcquireAsync("chromium-install", InstallTimeout + UpdateTimeout);
        // Another test run may have installed it while this one waited for the lock.
        if (Chromium.IsInstalled) return clock.Elapsed;

        // A failed update (one mirror down, say) may still leave lists good enough to install from,
        // so its output is kept for the error message rather than failing here.
        var update = await Command.RunAsync("apt-get", [.. WaitForDpkg, "update"], UpdateTimeout, environment: Environment);
        var install = await Command.RunAsync("apt-get",
            [.. WaitForDpkg, "install", "-y", .. Packages.Split(' ')], InstallTimeout, environment: Environment);

        if (!install.Succeeded || !Chromium.IsInstalled)
            throw new InvalidOperationException(
                $"Installing Chromium for the browser tests failed ({Missing()}).\n"
                + $"`{update.CommandLine}` exited with code {update.ExitCode}:\n{OutputTail.Of(update.Output, 15)}"
                + $"`{install.CommandLine}` exited with code {install.ExitCode}:\n{OutputTail.Of(install.Output)}");
        return clock.Elapsed;
    }

    private static string Missing() =>
        string.Join(" and ", new[] { Chromium.BrowserPath, Chromium.DriverPath }.Where(path => !File.Exists(path)).Select(path => $"{path} is missing")) is { Length: > 0 } missing
            ? missing
            : "both are present now";
}
