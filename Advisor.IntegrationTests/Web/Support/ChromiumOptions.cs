using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>A headless Chromium that suits tests on CI machines: no sandbox, no traffic of its own, a profile of its own.</summary>
internal static class ChromiumOptions
{
    public static ChromeOptions For(string userDataDirectory, int width, int height)
    {
        var options = new ChromeOptions
        {
            BinaryLocation = Chromium.BrowserPath,
            PageLoadStrategy = PageLoadStrategy.Normal,
        };
        options.AddArguments(
            "--headless",
            // CI containers run as root and lack the namespaces Chromium's sandbox needs.
            "--no-sandbox",
            "--disable-gpu",
            // Docker gives /dev/shm 64 MB, which Chromium outgrows; use /tmp instead.
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            // No updates, sync, QUIC probes or other traffic of Chromium's own: tests must not depend on the network.
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--mute-audio",
            // Sounds need no click first, so the session's cues play as they would after a person's tap.
            "--autoplay-policy=no-user-gesture-required",
            // Without a desktop keyring Chromium would wait for one.
            "--password-store=basic",
            "--log-level=3",
            // Pages format numbers and dates the same on every machine.
            "--lang=en-US",
            $"--window-size={width},{height}",
            // A profile of its own per session, so sessions share no cookies or storage.
            $"--user-data-dir={userDataDirectory}");
        // chromedriver turns Chromium's logging to stderr on by default; it is only noise here.
        options.AddExcludedArgument("enable-logging");
        // Downloads land in the profile, where a test can read them.
        options.AddUserProfilePreference("download.default_directory", Path.Combine(userDataDirectory, "downloads"));
        options.AddUserProfilePreference("download.prompt_for_download", false);
        return options;
    }
}
