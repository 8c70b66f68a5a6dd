namespace Advisor.Tests.Web.Support;

/// <summary>The new-session request for a headless Chromium that suits tests on CI machines.</summary>
internal static class SessionCapabilities
{
    public static Dictionary<string, object> For(string userDataDirectory, int width, int height) => new()
    {
        ["capabilities"] = new Dictionary<string, object>
        {
            ["alwaysMatch"] = new Dictionary<string, object>
            {
                ["browserName"] = "chrome",
                ["pageLoadStrategy"] = "normal",
                // Finding an element answers at once; waiting is explicit (Browser.WaitUntil).
                ["timeouts"] = new { @implicit = 0, pageLoad = 30_000, script = 30_000 },
                ["goog:chromeOptions"] = new Dictionary<string, object>
                {
                    ["binary"] = Chromium.BrowserPath,
                    ["args"] = Arguments(userDataDirectory, width, height),
                    // chromedriver turns Chromium's logging to stderr on by default; it is only noise here.
                    ["excludeSwitches"] = new[] { "enable-logging" },
                },
            },
        },
    };

    private static string[] Arguments(string userDataDirectory, int width, int height) =>
    [
        "--headless=new",
        // CI containers run as root and lack the namespaces Chromium's sandbox needs.
        "--no-sandbox",
        "--disable-gpu",
        // Docker gives /dev/shm 64 MB, which Chromium outgrows; use /tmp instead.
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        // No updates, sync or other traffic of Chromium's own: tests must not depend on the network.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--mute-audio",
        // Without a desktop keyring Chromium would wait for one.
        "--password-store=basic",
        "--log-level=3",
        // Pages format numbers and dates the same on every machine.
        "--lang=en-US",
        $"--window-size={width},{height}",
        // A profile of its own per session, so sessions share no cookies or storage.
        $"--user-data-dir={userDataDirectory}",
    ];
}
