using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>
/// The page at "/" in headless Chromium against the real host: a check-in at phone width that
/// ends in a routine, logged outcomes and a growing chart; a referral; the API's errors shown
/// next to their fields; and every control named, with nothing wider than a small phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserFixture browsers, LiveHost host, ITestOutputHelper output) : IClassFixture<LiveHost>
{
    private const int PhoneWidth = 390;
    private const int NarrowPhoneWidth = 360;
    private const int PhoneHeight = 900;
    private const string TokenKey = "routineAdvisor.token";

    /// <summary>The order a person does the phases in (the contract's RoutinePhase order).</summary>
    private static readonly string[] PhaseOrder = ["warm-up", "release", "activate", "integrate", "strengthen", "mobility", "desk", "cool-down"];

    [Fact]
    public void A_check_in_gives_a_routine_whose_outcomes_are_logged_and_charted() => InBrowser(PhoneWidth, page =>
    {
        // The safety questions, answered "no": left unticked.
        foreach (string flag in new[] { "sharp-pain", "dizziness", "persistent-discomfort" })
            Assert.False(IsChecked(page, $"redflag-{flag}"), $"redflag-{flag} should start unticked");

        page.FindByTestId("severity-lower-back").SetValue("6");
        page.FindByTestId("severity-neck").SetValue("4");
        Assert.True(IsChecked(page, "region-lower-back"), "moving the slider above 0 ticks the region");
        Assert.True(IsChecked(page, "region-neck"), "moving the slider above 0 ticks the region");
        Tick(page, "inactive-glutes");
        Tick(page, "tight-hip-flexors");
        Choose(page, "setting", "home");
        Type(page, "minutes", "15");

        string token = StartTracking(page);
        GetRoutine(page);

        // The routine on the page is the one the API stored, phase by phase, each item with its reasons.
        JsonElement stored = NewestRoutine(token);
        var shown = ShownItems(page);
        var expected = stored.GetProperty("phases").EnumerateArray()
            .SelectMany(phase => phase.GetProperty("items").EnumerateArray().Select(item => (Phase: phase.GetProperty("phase").GetString()!, Item: item)))
            .ToArray();
        Assert.Equal(expected.Select(e => $"{e.Phase}/{e.Item.GetProperty("exerciseId").GetString()}"), shown.Select(s => $"{s.Phase}/{s.ExerciseId}"));
        AssertPhaseOrder(shown);
        for (int i = 0; i < shown.Count; i++)
        {
            var reasons = expected[i].Item.GetProperty("because").EnumerateArray().ToArray();
            Assert.True(reasons.Length > 0, $"{shown[i].ExerciseId} has no because");
            Assert.True(shown[i].Displayed, $"{shown[i].ExerciseId} is not shown");
            foreach (var reason in reasons)
            {
                string rule = reason.GetProperty("rule").GetString()!;
                Assert.True(shown[i].Because.Contains(rule, StringComparison.Ordinal), $"{shown[i].ExerciseId} does not show \"{rule}\"; it shows \"{shown[i].Because}\"");
                foreach (var guideline in reason.GetProperty("guidelines").EnumerateArray())
                    Assert.Contains(guideline.GetString()!, shown[i].Because, StringComparison.Ordinal);
            }
        }

        CountDownOneHold(page);

        // The first outcome: lower back better than before.
        int pointsBefore = ChartPoints(page).Count;
        Assert.Equal("6", page.WaitForTestId("pain-before-lower-back").Property("value"));
        Assert.Equal("4", page.FindByTestId("pain-before-neck").Property("value"));
        Type(page, "pain-after-lower-back", "3");
        Type(page, "pain-after-neck", "3");
        LogOutcome(page);
        page.WaitUntil(() => ChartValues(page, "lower-back").SequenceEqual(["3"]), what: "the chart to plot lower back at 3");
        int pointsAfterFirst = ChartPoints(page).Count;
        Assert.True(pointsAfterFirst > pointsBefore, $"the chart had {pointsBefore} points before the outcome and {pointsAfterFirst} after");

        // A second routine and a second outcome with a different value: the chart gains a point.
        GetRoutine(page);
        Assert.Equal("6", page.WaitForTestId("pain-before-lower-back").Property("value"));
        Type(page, "pain-after-lower-back", "2");
        Type(page, "pain-after-neck", "3");
        LogOutcome(page);
        page.WaitUntil(() => ChartValues(page, "lower-back").SequenceEqual(["3", "2"]), what: "the chart to add lower back at 2 after 3");
        int pointsAfterSecond = ChartPoints(page).Count;
        Assert.True(pointsAfterSecond > pointsAfterFirst, $"the chart had {pointsAfterFirst} points after the first outcome and {pointsAfterSecond} after the second");
        Assert.Equal(["3", "3"], ChartValues(page, "neck"));

        // The API kept both outcomes for this person, against the two routines.
        var routines = Api(token, "api/me/routines").EnumerateArray().ToArray();
        Assert.Equal(2, routines.Length);
        Assert.All(routines, r => Assert.True(r.GetProperty("logged").GetBoolean(), $"routine {r.GetProperty("routineId")} is not logged"));
        JsonElement progress = Api(token, "api/me/progress");
        Assert.Equal(2, progress.GetProperty("outcomes").GetInt32());
        var entries = progress.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal([6, 6], entries.Select(e => e.GetProperty("painBefore").GetProperty("lower-back").GetInt32()));
        Assert.Equal([3, 2], entries.Select(e => e.GetProperty("painAfter").GetProperty("lower-back").GetInt32()));
        Assert.Equal(
            routines.Select(r => r.GetProperty("routineId").GetString()).Reverse(),
            entries.Select(e => e.GetProperty("routineId").GetString()));
    });

    [Fact]
    public void A_red_flag_shows_the_referral_and_no_routine() => InBrowser(PhoneWidth, page =>
    {
        page.FindByTestId("severity-lower-back").SetValue("5");
        Tick(page, "redflag-sharp-pain");
        GetRoutine(page);

        Assert.True(page.FindByTestId("routine-refer").IsDisplayed, "the referral is not shown");
        string message = page.FindByTestId("routine-message").Text;
        Assert.Equal(ReferralMessage(), message);
        Assert.Empty(page.FindAllByTestId("routine-item"));
        Assert.Empty(page.FindAllByTestId("hold-start"));
        Assert.False(page.FindByTestId("outcome-form").IsDisplayed, "an outcome form is offered for a referral");
    });

    [Fact]
    public void Errors_from_the_API_are_shown_next_to_their_fields() => InBrowser(PhoneWidth, page =>
    {
        page.FindByTestId("severity-lower-back").SetValue("5");
        string token = StartTracking(page);

        // 500 minutes: the page sends it, the API names `minutes`, the page puts it under that field.
        Type(page, "minutes", "500");
        var minutesError = PressAndShowError(page, "get-routine", "minutes");
        Assert.Contains("must be an integer from 1 to 120, got 500", minutesError.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("minutes", minutesError.Attribute("data-field"));
        Assert.False(page.FindByTestId("error-general").IsDisplayed, "the minutes error also went to the general box");
        Assert.False(page.FindByTestId("routine").IsDisplayed, "a routine is shown for a rejected check-in");

        // Corrected, the routine comes and the error goes.
        Type(page, "minutes", "10");
        GetRoutine(page);
        Assert.False(page.FindByTestId("error-minutes").IsDisplayed, "the minutes error outlived its correction");
        Assert.Null(page.FindByTestId("minutes").Attribute("aria-invalid"));

        // Pain after of 11: the API names `painAfter.lower-back`, the page puts it under that input.
        Type(page, "pain-after-lower-back", "11");
        var painError = PressAndShowError(page, "log-outcome", "pain-after-lower-back");
        Assert.Contains("must be an integer from 0 to 10, got 11", painError.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("painAfter.lower-back", painError.Attribute("data-field"));
        Assert.False(page.FindByTestId("outcome-saved").IsDisplayed, "a rejected outcome was reported as saved");
        Assert.Equal(0, Api(token, "api/me/progress").GetProperty("outcomes").GetInt32());

        Type(page, "pain-after-lower-back", "4");
        LogOutcome(page);
        Assert.False(page.FindByTestId("error-pain-after-lower-back").IsDisplayed, "the pain-after error outlived its correction");
        Assert.Equal(1, Api(token, "api/me/progress").GetProperty("outcomes").GetInt32());
    });

    [Fact]
    public void Every_control_has_a_name_and_nothing_is_wider_than_a_small_phone() => InBrowser(NarrowPhoneWidth, page =>
    {
        AssertNamedAndNarrow(page, "the empty check-in", minimumControls: 60);

        page.FindByTestId("weak-more").Click();
        page.FindByTestId("severity-lower-back").SetValue("7");
        page.FindByTestId("severity-shoulders").SetValue("3");
        Tick(page, "fullrange-shoulders");
        Tick(page, "inactive-glutes");
        Tick(page, "tight-hip-flexors");
        Tick(page, "equipment-band");
        Choose(page, "setting", "desk");
        StartTracking(page);
        GetRoutine(page);
        page.WaitForTestId("log-outcome");
        Type(page, "pain-after-lower-back", "5");
        LogOutcome(page);
        page.WaitUntil(() => ChartValues(page, "lower-back").Count == 1, what: "the chart to plot the outcome");
        AssertNamedAndNarrow(page, "the routine, the logged outcome and the chart", minimumControls: 80);

        // A routine's outcome form, with its ratings and pairs of inputs, at the same width.
        GetRoutine(page);
        page.WaitForTestId("log-outcome");
        AssertNamedAndNarrow(page, "a second routine with its outcome form", minimumControls: 80);
    });

    // ------------------------------------------------------------------ running a test

    private void InBrowser(int width, Action<Browser> steps, [CallerMemberName] string test = "")
    {
        var clock = Stopwatch.StartNew();
        using var browser = browsers.NewBrowser(width, PhoneHeight);
        try
        {
            PhoneScreen.Emulate(browser, width, PhoneHeight);
            browser.Navigate(host.BaseAddress);
            Assert.Equal(width, browser.ExecuteScript<int>("return document.documentElement.clientWidth"));
            // The form is built by the script; the last red flag question is made with the rest.
            browser.WaitForTestId("redflag-persistent-discomfort");
            steps(browser);
        }
        catch (Exception e)
        {
            string screenshot = "";
            // A timed-out wait has already saved one and says where.
            if (e is not TimeoutException)
            {
                try
                {
                    screenshot = "Screenshot: " + browser.Screenshot(Screenshots.PathFor(test)) + "\n";
                }
                catch (WebDriverException failure)
                {
                    screenshot = $"No screenshot: {failure.Message}\n";
                }
            }
            throw new PageTestFailure($"{test} failed at {UrlOf(browser)}: {e.Message}\n{screenshot}{host.OutputReport()}", e);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{test}: {clock.Elapsed.TotalSeconds:0.0} s at {width} px (host started in {host.StartupTime.TotalSeconds:0.0} s)"));
    }

    private static string UrlOf(Browser browser)
    {
        try
        {
            return browser.Url;
        }
        catch (WebDriverException)
        {
            return "(unknown page)";
        }
    }

    // ------------------------------------------------------------------ the form

    private static bool IsChecked(Browser page, string testId) => page.FindByTestId(testId).Property("checked") == "true";

    private static void Tick(Browser page, string testId)
    {
        page.FindByTestId(testId).Click();
        Assert.True(IsChecked(page, testId), $"{testId} did not tick");
    }

    private static void Choose(Browser page, string testId, string value)
    {
        page.Find($"[data-testid=\"{testId}\"] option[value=\"{value}\"]").Click();
        Assert.Equal(value, page.FindByTestId(testId).Property("value"));
    }

    private static void Type(Browser page, string testId, string text)
    {
        var input = page.FindByTestId(testId);
        input.Clear();
        input.SendKeys(text);
        Assert.Equal(text, input.Property("value"));
    }

    /// <summary>Turns tracking on and returns the token the page keeps.</summary>
    private static string StartTracking(Browser page)
    {
        page.FindByTestId("start-tracking").Click();
        string? token = null;
        page.WaitUntil(() => (token = page.ExecuteScript<string?>($"return localStorage.getItem('{TokenKey}')")) is { Length: > 0 }
            && page.FindByTestId("export-data").IsDisplayed, what: "tracking to start");
        return token!;
    }

    /// <summary>Presses "Get my routine" and waits until a new routine (or referral) replaces whatever was shown.</summary>
    private static void GetRoutine(Browser page)
    {
        page.ExecuteScript("document.querySelectorAll('[data-testid=routine] > *').forEach((node) => node.setAttribute('data-shown-before', ''));");
        SettleScroll(page);
        page.FindByTestId("get-routine").Click();
        page.WaitUntil(() => page.ExecuteScript<bool>("""
            const section = document.querySelector('[data-testid=routine]');
            return !section.hidden && section.children.length > 0 && !section.querySelector('[data-shown-before]')
                && !document.querySelector('[data-testid=get-routine]').disabled;
            """), what: "a routine to be shown");
        // The page scrolls the routine into view; let it come to rest before clicking anything else.
        SettleScroll(page);
    }

    private static void LogOutcome(Browser page)
    {
        SettleScroll(page);
        page.FindByTestId("log-outcome").Click();
        page.WaitUntil(() => page.FindByTestId("outcome-saved").IsDisplayed, what: "the outcome to be saved");
    }

    /// <summary>Waits until the page's own (possibly smooth) scrolling has stopped, so a click lands where it aims.</summary>
    private static void SettleScroll(Browser page)
    {
        double last = double.NaN;
        page.WaitUntil(() =>
        {
            double now = page.ExecuteScript<double>("return window.scrollY");
            bool still = now.Equals(last);
            last = now;
            return still;
        }, what: "the page to stop scrolling");
    }

    // ------------------------------------------------------------------ the routine

    private sealed record ShownItem(string Phase, string ExerciseId, string Because, bool Displayed);

    private static List<ShownItem> ShownItems(Browser page) =>
        page.ExecuteScript<List<ShownItem>>("""
            return [...document.querySelectorAll('[data-testid=routine] [data-testid=routine-item]')].map((item) => {
              const box = item.getBoundingClientRect();
              return {
                Phase: item.closest('[data-phase]')?.dataset.phase ?? '',
                ExerciseId: item.dataset.exerciseId,
                Because: item.querySelector('.why')?.textContent ?? '',
                Displayed: box.width > 0 && box.height > 0 && getComputedStyle(item).visibility !== 'hidden',
              };
            });
            """) ?? [];

    private static void AssertPhaseOrder(List<ShownItem> shown)
    {
        Assert.NotEmpty(shown);
        var ranks = shown.Select(s => Array.IndexOf(PhaseOrder, s.Phase)).ToArray();
        Assert.DoesNotContain(-1, ranks);
        Assert.True(ranks.SequenceEqual(ranks.Order()), "phases out of order: " + string.Join(", ", shown.Select(s => s.Phase).Distinct()));
        int lastRelease = shown.FindLastIndex(s => s.Phase == "release");
        int firstActivate = shown.FindIndex(s => s.Phase == "activate");
        Assert.True(lastRelease >= 0, "no release item for tight hip flexors");
        Assert.True(firstActivate >= 0, "no activate item for inactive glutes");
        Assert.True(lastRelease < firstActivate, "an activation comes before a release");
    }

    /// <summary>Starts the countdown of the first item with a few seconds to count, and watches it go down.</summary>
    private static void CountDownOneHold(Browser page)
    {
        var countdowns = page.FindAllByTestId("hold-countdown");
        var starts = page.FindAllByTestId("hold-start");
        Assert.Equal(countdowns.Count, starts.Count);
        int index = countdowns.ToList().FindIndex(c => Remaining(c) >= 3);
        Assert.True(index >= 0, "no item has a countdown of 3 s or more");
        var countdown = countdowns[index];
        int total = Remaining(countdown);
        Assert.Equal($"{total} s", countdown.Text);

        starts[index].Click();
        Assert.Equal("Stop", starts[index].Text);
        page.WaitUntil(() => Remaining(countdown) < total, what: "the hold countdown to count down");
        var (remaining, text) = page.ExecuteScript<string[]>("return [arguments[0].dataset.remaining, arguments[0].textContent];", countdown) switch
        {
            [string r, string t] => (int.Parse(r, CultureInfo.InvariantCulture), t),
            var other => throw new InvalidOperationException($"unexpected countdown state {string.Join(", ", other ?? [])}"),
        };
        Assert.InRange(remaining, 1, total - 1);
        Assert.Equal($"{remaining} s", text);
        Assert.Equal("Stop", starts[index].Text);

        // Stopping puts it back for the next go.
        starts[index].Click();
        page.WaitUntil(() => Remaining(countdown) == total, what: "the stopped countdown to reset");
    }

    private static int Remaining(Element countdown) =>
        int.Parse(countdown.Attribute("data-remaining") ?? "-1", CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ the chart

    private static IReadOnlyList<Element> ChartPoints(Browser page) => page.FindAll("[data-testid=pain-chart] circle.point");

    private static List<string> ChartValues(Browser page, string region) =>
        page.ExecuteScript<List<string>>(
            "return [...document.querySelectorAll('[data-testid=pain-chart] circle.point')].filter((c) => c.dataset.region === arguments[0]).map((c) => c.dataset.value);",
            region) ?? [];

    // ------------------------------------------------------------------ layout and names

    /// <summary>
    /// Presses <paramref name="button"/> for a request the API refuses because of <paramref name="field"/>,
    /// and returns the error once it is shown: the field marked invalid, the error next to it.
    /// </summary>
    private static Element PressAndShowError(Browser page, string button, string field)
    {
        SettleScroll(page);
        page.FindByTestId(button).Click();
        var error = page.WaitForTestId($"error-{field}");
        page.WaitUntil(() => error.IsDisplayed, what: $"the {field} error to show");
        Assert.Equal("true", page.FindByTestId(field).Attribute("aria-invalid"));
        AssertNextTo(page, field, $"error-{field}");
        return error;
    }

    /// <summary>The error is just below its control and overlaps it across: next to it, not elsewhere on the page.</summary>
    private static void AssertNextTo(Browser page, string controlTestId, string errorTestId)
    {
        string? problem = page.ExecuteScript<string?>("""
            const [control, error] = Array.from(arguments, (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect());
            const gap = error.top - control.bottom;
            const across = Math.min(control.right, error.right) - Math.max(control.left, error.left);
            return gap >= 0 && gap <= 100 && across > 0 ? null
              : `the error is at ${JSON.stringify(error)}, the control at ${JSON.stringify(control)}`;
            """, controlTestId, errorTestId);
        Assert.True(problem is null, $"{errorTestId} is not next to {controlTestId}: {problem}");
    }

    private sealed record NamesAndWidth(int Controls, List<string> Unnamed, int ScrollWidth, List<string> Overflowing);

    private static void AssertNamedAndNarrow(Browser page, string state, int minimumControls)
    {
        var found = page.ExecuteScript<NamesAndWidth>("""
            const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
            const nameOf = (el) => {
              const byIds = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
                .map((id) => text(document.getElementById(id))).join(' ').trim();
              if (byIds) return byIds;
              const aria = (el.getAttribute('aria-label') ?? '').trim();
              if (aria) return aria;
              const labels = [...(el.labels ?? [])].map(text).join(' ').trim();
              if (labels) return labels;
              if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return (el.value ?? '').trim();
              if (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName)) return text(el);
              return '';
            };
            const controls = [...document.querySelectorAll('input, select, textarea, button, a[href], summary')]
              .filter((el) => !(el.tagName === 'INPUT' && el.type === 'hidden'));
            const describe = (el) => el.outerHTML.slice(0, 160);
            const width = document.documentElement.clientWidth;
            const overflowing = [...document.body.querySelectorAll('*')].filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && box.right > width + 0.5 && !el.closest('.visually-hidden, .skip-link');
            }).slice(0, 10).map(describe);
            return {
              Controls: controls.length,
              Unnamed: controls.filter((el) => !nameOf(el)).map(describe),
              ScrollWidth: document.documentElement.scrollWidth,
              Overflowing: overflowing,
            };
            """)!;
        Assert.True(found.Controls >= minimumControls, $"only {found.Controls} controls on {state}");
        Assert.True(found.Unnamed.Count == 0, $"controls without an accessible name on {state}:\n  " + string.Join("\n  ", found.Unnamed));
        Assert.True(found.ScrollWidth <= NarrowPhoneWidth,
            $"{state} scrolls sideways at {NarrowPhoneWidth} px: {found.ScrollWidth} px wide; too wide:\n  " + string.Join("\n  ", found.Overflowing));
    }

    // ------------------------------------------------------------------ the API

    private JsonElement Api(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Answer(request);
    }

    /// <summary>The host's JSON answer to <paramref name="request"/>, which must be a success.</summary>
    private JsonElement Answer(HttpRequestMessage request)
    {
        using var response = host.Http.Send(request);
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        string body = reader.ReadToEnd();
        Assert.True(response.IsSuccessStatusCode, $"{request.Method} /{request.RequestUri} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The person's newest stored routine.</summary>
    private JsonElement NewestRoutine(string token)
    {
        string id = Api(token, "api/me/routines")[0].GetProperty("routineId").GetString()!;
        return Api(token, $"api/routines/{id}").GetProperty("routine");
    }

    /// <summary>What the API says to someone with a red flag.</summary>
    private string ReferralMessage()
    {
        const string assessment = """
            {"painPoints":[{"region":"lower-back","severity":5,"fullRangePainful":false}],"inactiveMuscles":[],"tightMuscles":[],
             "weakMuscles":[],"conditions":[],"redFlags":["sharp-pain"],"setting":"home","day":"workday","minutes":10,"equipment":[]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/routines", UriKind.Relative))
        {
            Content = new StringContent(assessment, Encoding.UTF8, "application/json"),
        };
        JsonElement answer = Answer(request);
        Assert.Equal("refer", answer.GetProperty("status").GetString());
        return answer.GetProperty("message").GetString()!;
    }
}

/// <summary>A page test that failed, with where the screenshot is and what the host printed last.</summary>
public sealed class PageTestFailure(string message, Exception innerException) : Exception(message, innerException);
