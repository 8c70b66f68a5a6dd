using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>
/// A phone-sized viewport for a browser. Headless Chromium will not make a window narrower than
/// about 500 px, whatever <c>--window-size</c> asks for, so a phone's 360 or 390 px comes from
/// device-metrics emulation instead (a DevTools command through Selenium), as on a phone: the
/// page's <c>width=device-width</c> viewport and overlay scrollbars.
/// </summary>
public static class PhoneScreen
{
    /// <summary>Gives <paramref name="browser"/>'s page a viewport of <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    public static void Emulate(Browser browser, int width, int height) =>
        browser.Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = true,
        });
}
