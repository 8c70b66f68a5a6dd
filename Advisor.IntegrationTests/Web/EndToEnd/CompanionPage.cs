using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>What the workday-companion tests do on the page: check in at a desk, track, set the page's clock, download.</summary>
internal static class CompanionPage
{
    public const string TokenKey = "routineAdvisor.token";

    /// <summary>Opens the page at <paramref name="width"/> (phone widths are emulated) and waits for the form.</summary>
    public static void Open(Browser page, Uri address, int width, int height)
    {
        if (width < 500) PhoneScreen.Emulate(page, width, height);
        page.Navigate(address);
        WaitForTheForm(page);
    }

    /// <summary>Reloads the page and waits for the form, as a person coming back to it would.</summary>
    public static void Reload(Browser page)
    {
        page.Reload();
        WaitForTheForm(page);
    }

    // The form is built by the script; the last red flag question is made with the rest.
    private static void WaitForTheForm(Browser page) => page.WaitForTestId("redflag-persistent-discomfort");

    /// <summary>
    /// Clicks a control after scrolling it to the middle of the screen, clear of anything sticky,
    /// once it is seen to be reachable there: wholly within the screen's width and on top at its
    /// middle, as a finger would find it.
    /// </summary>
    public static void Press(Browser page, string testId)
    {
        var control = page.WaitForTestId(testId);
        string? blocked = page.ExecuteScript<string?>("""
            const control = arguments[0];
            control.scrollIntoView({ block: 'center', behavior: 'instant' });
            const box = control.getBoundingClientRect();
            const width = document.documentElement.clientWidth;
            if (box.width === 0 || box.height === 0) return 'it has no size';
            if (box.left < -1 || box.right > width + 1) return `it spans ${Math.round(box.left)} to ${Math.round(box.right)} px of a ${width} px screen`;
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (top && top !== control && !control.contains(top) && !top.contains(control)) return `${top.tagName.toLowerCase()}.${top.className} covers it`;
            return null;
            """, control);
        Assert.True(blocked is null, $"{testId} cannot be pressed at {page.ExecuteScript<int>("return innerWidth")} px: {blocked}");
        control.Click();
    }

    /// <summary>
    /// Asserts that nothing on the page reaches past the screen's width: no sideways scrolling of
    /// the page, and no shown element whose right edge lies beyond the screen (the first few named).
    /// </summary>
    public static void AssertFitsTheScreen(Browser page)
    {
        var fit = page.ExecuteScript<Dictionary<string, JsonElement>>("""
            const width = document.documentElement.clientWidth;
            const over = [...document.querySelectorAll('body *')]
              .filter((e) => e.getClientRects().length > 0 && !e.closest('[hidden], dialog:not([open]), .visually-hidden'))
              .filter((e) => e.getBoundingClientRect().right > width + 1)
              .slice(0, 5)
              .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''} to ${Math.round(e.getBoundingClientRect().right)} px`);
            return { width, scrollWidth: document.documentElement.scrollWidth, over };
            """)!;
        int width = fit["width"].GetInt32();
        Assert.True(fit["scrollWidth"].GetInt32() <= width, $"the page is {fit["scrollWidth"]} px wide on a {width} px screen");
        Assert.True(fit["over"].GetArrayLength() == 0, $"past the {width} px screen: {string.Join(", ", fit["over"].EnumerateArray())}");
    }

    public static string StartTracking(Browser page)
    {
        Press(page, "start-tracking");
        string? token = null;
        page.WaitUntil(() => (token = page.ExecuteScript<string?>($"return localStorage.getItem('{TokenKey}')")) is { Length: > 0 }, what: "tracking to start");
        return token!;
    }

    /// <summary>A stiff neck at the desk on a workday, and the routine for it.</summary>
    public static void CheckInAtDesk(Browser page)
    {
        page.FindByTestId("severity-neck").SetValue("5");
        page.FindByTestId("setting").SetValue("desk");
        page.FindByTestId("day").SetValue("workday");
        page.ExecuteScript("document.querySelectorAll('[data-testid=routine] > *').forEach((n) => n.setAttribute('data-shown-before', ''));");
        Press(page, "get-routine");
        page.WaitUntil(() => page.ExecuteScript<bool>("""
            const section = document.querySelector('[data-testid=routine]');
            return !section.hidden && section.children.length > 0 && !section.querySelector('[data-shown-before]');
            """), what: "the routine to be shown");
    }

    /// <summary>Presses "Log this outcome" and waits until the page says it is saved.</summary>
    public static void LogOutcome(Browser page)
    {
        Press(page, "log-outcome");
        page.WaitUntil(() => Shown(page, "outcome-saved"), what: "the outcome to be saved");
    }

    /// <summary>
    /// Sets the page's clock to <paramref name="hour"/>:<paramref name="minute"/>:<paramref name="second"/>
    /// today, local time, and lets it run on from there: Date.now is shifted, as the page reads time only through it.
    /// </summary>
    public static void SetClock(Browser page, int hour, int minute, int second = 0) => page.ExecuteScript("""
        window.realNow ||= Date.now.bind(Date);
        const target = new Date(window.realNow());
        target.setHours(arguments[0], arguments[1], arguments[2], 0);
        const shift = target.getTime() - window.realNow();
        Date.now = () => window.realNow() + shift;
        """, hour, minute, second);

    /// <summary>The text of an element, read in the page (hidden text included).</summary>
    public static string TextOf(Browser page, string testId) =>
        page.ExecuteScript<string>("return document.querySelector(`[data-testid=\"${arguments[0]}\"]`).textContent;", testId) ?? "";

    public static bool Shown(Browser page, string testId) =>
        page.ExecuteScript<bool>("const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); return !!e && !e.closest('[hidden]') && e.getClientRects().length > 0;", testId);

    /// <summary>Lets the browser save downloads into its profile, then runs <paramref name="start"/> and returns the file it saved.</summary>
    public static string Download(Browser page, string extension, Action start)
    {
        Directory.CreateDirectory(page.Downloads);
        page.Driver.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?> { ["behavior"] = "allow", ["downloadPath"] = page.Downloads });
        foreach (string old in Directory.GetFiles(page.Downloads)) File.Delete(old);
        start();
        string? file = null;
        page.WaitUntil(() => (file = Directory.GetFiles(page.Downloads, $"*.{extension}").FirstOrDefault()) is not null
            && new FileInfo(file).Length > 0, TimeSpan.FromSeconds(15), $"a .{extension} download");
        return file!;
    }

    /// <summary>GET with the person's token, as JSON.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient http, string? token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
