using System.IO.Compression;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;
using static Advisor.IntegrationTests.Web.EndToEnd.CompanionPage;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>
/// The workday companion in headless Chromium against the real host: break reminders with the
/// page's clock moved on, the calendar download, the guided session from start to outcome, a
/// reload that loses nothing, the exports and the printed summary, at desktop and phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompanionTests(BrowserFixture browsers, LiveHost host) : IClassFixture<LiveHost>
{
    private const int Desktop = 1280;
    private const int Phone = 390;
    private const int Height = 900;

    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public void Reminders_fire_on_time_with_the_slots_movements_and_snooze_skip_and_fatigue_hold_across_a_reload(int width)
    {
        using Browser page = OpenPage(width);
        string token = StartTracking(page);
        CheckInAtDesk(page);
        Assert.True(Shown(page, "reminders"), "a desk workday routine offers reminders");
        JsonElement routine = NewestRoutine(token);
        string[] breakNames = SlotNames(routine, "every-interval");
        int interval = routine.GetProperty("intervalMinutes").GetInt32();

        // Every day a working day, 09:00 to 17:00, so the test does not depend on today's weekday.
        page.FindByTestId("rem-start").SetValue("09:00");
        page.FindByTestId("rem-end").SetValue("17:00");
        foreach (var day in page.FindAll("#rem-days input")) if (day.Property("checked") != "true") day.Click();
        SetClock(page, 9, 0, 30);
        Press(page, "reminders-toggle");
        string first = $"{9 + interval / 60:00}:{interval % 60:00}";
        page.WaitUntil(() => TextOf(page, "reminder-next").StartsWith($"Next micro-break at {first}", StringComparison.Ordinal),
            what: $"the next break at {first}; the page says \"{TextOf(page, "reminder-next")}\"");
        foreach (string name in breakNames) Assert.Contains(name, TextOf(page, "reminder-next"), StringComparison.Ordinal);
        Assert.False(Shown(page, "reminder-due"), "nothing is due before its time");

        // The clock reaches the break: a visible and audible cue with the slot's movements.
        SetClock(page, 9, interval, 1);
        page.WaitUntil(() => Shown(page, "reminder-due"), what: "the break to be announced");
        AssertFitsTheScreen(page);
        foreach (string name in breakNames) Assert.Contains(name, TextOf(page, "due-what"), StringComparison.Ordinal);
        Assert.Equal("due", page.ExecuteScript<string>("return document.body.dataset.lastCue"));
        Assert.StartsWith("Break due", page.Title, StringComparison.Ordinal);

        // Snoozed, it comes back five minutes later.
        Press(page, "due-snooze");
        Assert.False(Shown(page, "reminder-due"));
        page.WaitUntil(() => TextOf(page, "reminder-next") == $"Snoozed until 09:{interval + 5:00}.", what: "the snooze to be shown");
        SetClock(page, 9, interval + 5, 1);
        page.WaitUntil(() => Shown(page, "reminder-due"), what: "the snoozed break to come back");

        // Skipped with early fatigue reported: logged, and breaks every 15 minutes from now (G21).
        Press(page, "due-fatigue");
        Press(page, "due-skip");
        page.WaitUntil(() => TextOf(page, "reminders-interval") == "Every 15 minutes", what: "the interval to shorten to 15 minutes");
        string next = $"09:{interval + 5 + 15:00}";
        page.WaitUntil(() => TextOf(page, "reminder-next").StartsWith($"Next micro-break at {next}", StringComparison.Ordinal),
            what: $"the next break at {next}; the page says \"{TextOf(page, "reminder-next")}\"");
        page.WaitUntil(() => Progress(token).GetProperty("outcomes").GetInt32() == 1, what: "the skipped break to be logged");
        JsonElement logged = Progress(token).GetProperty("entries")[0];
        Assert.Equal(0, logged.GetProperty("completed").GetInt32());

        // A reload keeps the reminders, their hours and the shortened interval; the next break is recomputed.
        Reload(page);
        SetClock(page, 9, interval + 6);
        page.WaitUntil(() => TextOf(page, "reminder-next").StartsWith($"Next micro-break at {next}", StringComparison.Ordinal),
            what: $"the next break at {next} after the reload; the page says \"{TextOf(page, "reminder-next")}\"");
        Assert.Equal("true", page.FindByTestId("reminders-toggle").Attribute("aria-pressed"));
        Assert.Equal("Every 15 minutes", TextOf(page, "reminders-interval"));

        // Paused, nothing fires.
        Press(page, "reminders-pause");
        SetClock(page, 9, interval + 5 + 15, 2);
        page.WaitUntil(() => TextOf(page, "reminder-next") == "Reminders are paused.", what: "the pause to be shown");
        Thread.Sleep(1500);
        Assert.False(Shown(page, "reminder-due"), "a paused reminder does not fire");
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public void The_calendar_download_is_a_weekly_event_per_slot_of_the_working_days(int width)
    {
        using Browser page = OpenPage(width);
        CheckInAtDesk(page);
        AssertFitsTheScreen(page);

        // A meeting after the workday: the host's rule for the hours refuses it, and the page says so.
        page.FindByTestId("rem-meeting").SetValue("20:00");
        page.WaitUntil(() => Shown(page, "error-rem-hours"), what: "the meeting outside the hours to be refused");
        Assert.Contains("meeting must fall within the workday", TextOf(page, "error-rem-hours"), StringComparison.Ordinal);

        page.FindByTestId("rem-start").SetValue("08:00");
        page.FindByTestId("rem-meeting").SetValue("10:30");
        page.WaitUntil(() => !Shown(page, "error-rem-hours"), what: "the corrected meeting to be accepted");

        string file = Download(page, "ics", () => Press(page, "reminders-calendar"));

        IcsComponent calendar = IcsComponent.Parse(File.ReadAllText(file));
        IcsComponent[] events = [.. calendar.All("VEVENT")];
        Assert.Contains(events, e => e["DTSTART"].Value.EndsWith("T080000", StringComparison.Ordinal) || e["DTSTART"].Value.EndsWith("T080000Z", StringComparison.Ordinal));
        Assert.Contains(events, e => e["UID"].Value.Contains("-pre-meeting-1025@", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal("MO,TU,WE,TH,FR", e["RRULE"].Parts()["BYDAY"]));
        Assert.All(events, e => Assert.Equal("DISPLAY", e.Children.Single(c => c.Name == "VALARM")["ACTION"].Value));
        Assert.Contains("downloaded", TextOf(page, "reminders-status"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public void A_guided_session_leads_through_the_routine_and_ends_in_its_outcome(int width)
    {
        using Browser page = OpenPage(width);
        string token = StartTracking(page);
        CheckInAtDesk(page);
        JsonElement routine = NewestRoutine(token);
        JsonElement[] items = [.. routine.Items()];

        Press(page, "player-start");
        page.WaitUntil(() => page.ExecuteScript<bool>("return document.getElementById('player').open"), what: "the player to open");
        Assert.Equal(items[0].GetProperty("name").GetString(), page.FindByTestId("player-name").Text);
        Assert.Equal($"Set 1 of {items[0].GetProperty("sets").GetInt32()}", page.FindByTestId("player-set").Text);
        Assert.StartsWith("Rep 1 of", page.FindByTestId("player-rep").Text, StringComparison.Ordinal);
        Assert.StartsWith("Next: ", page.FindByTestId("player-next").Text, StringComparison.Ordinal);
        Assert.Equal("go", page.ExecuteScript<string>("return document.body.dataset.lastCue"));
        if (width == Desktop) Shoot(page, "player.png");

        // Paused, the countdown stands still; resumed, it runs on.
        Press(page, "player-pause");
        string held = page.FindByTestId("player-countdown").Attribute("data-remaining")!;
        Thread.Sleep(1500);
        Assert.Equal(held, page.FindByTestId("player-countdown").Attribute("data-remaining"));
        Assert.Equal("Paused", page.FindByTestId("player-phase").Text);
        Press(page, "player-pause");

        // On through every movement; the last one ends the session.
        var seen = new List<string>();
        page.WaitUntil(() =>
        {
            if (!page.ExecuteScript<bool>("return document.getElementById('player').open")) return true;
            string name = page.FindByTestId("player-name").Text;
            if (seen.LastOrDefault() != name) seen.Add(name);
            Press(page, "player-skip");
            return false;
        }, TimeSpan.FromSeconds(30), "the session to end");
        Assert.Equal(items.Select(i => i.GetProperty("name").GetString()).Distinct(), seen.Distinct());

        // The outcome form for that routine, each movement reached ticked.
        page.WaitUntil(() => Shown(page, "log-outcome"), what: "the outcome form after the session");
        foreach (JsonElement item in items)
            Assert.Equal("true", page.FindByTestId($"completed-{item.Id()}").Property("checked"));
        LogOutcome(page);

        JsonElement stored = Routines(token).EnumerateArray().Single(r => r.GetProperty("routineId").GetString() == routine.RoutineId());
        Assert.True(stored.GetProperty("started").GetBoolean(), "starting the session counts as doing the routine");
        Assert.True(stored.GetProperty("logged").GetBoolean());
    }

    [Fact]
    public void The_routine_list_shows_a_page_and_brings_older_routines_on_request()
    {
        using Browser page = OpenPage(Desktop);
        string token = StartTracking(page);
        for (int i = 0; i < 23; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/routines")
            {
                Content = Http.Json(Documents.RedFlag),
                Headers = { Authorization = new("Bearer", token) },
            };
            using HttpResponseMessage created = host.Http.Send(request);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }

        page.Reload();
        page.WaitUntil(() => page.FindAllByTestId("my-routine").Count == 20, what: "the first page of 20 routines");
        Assert.True(Shown(page, "older-routines"), "older routines can be asked for");
        string[] newest = page.FindAllByTestId("my-routine").Select(r => r.Attribute("data-routine-id")!).ToArray();
        Press(page, "older-routines");

        page.WaitUntil(() => page.FindAllByTestId("my-routine").Count == 23, what: "the three older routines after the first page");
        string[] all = page.FindAllByTestId("my-routine").Select(r => r.Attribute("data-routine-id")!).ToArray();
        Assert.Equal(newest, all[..20]);
        Assert.Equal(23, all.Distinct().Count());
        Assert.Equal(Routines(token).EnumerateArray().Select(r => r.GetProperty("routineId").GetString()), all);
        Assert.False(Shown(page, "older-routines"), "nothing older is left");
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public void A_reload_loses_nothing_and_an_unlogged_routine_can_be_logged_from_the_list(int width)
    {
        using Browser page = OpenPage(width);
        string token = StartTracking(page);
        CheckInAtDesk(page);
        string[] shown = ItemIds(page);

        Reload(page);

        page.WaitUntil(() => ItemIds(page).SequenceEqual(shown), what: "the same routine after the reload");
        page.WaitUntil(() => page.FindAllByTestId("my-routine").Count == 1, what: "the routine in the list");
        AssertFitsTheScreen(page);
        Assert.Equal("false", page.FindByTestId("my-routine").Attribute("data-logged"));
        Press(page, "open-routine");
        page.WaitUntil(() => Shown(page, "log-outcome"), what: "the outcome form of the opened routine");
        page.TypeInto("pain-after-neck", "3");
        page.TypeInto("energy-before", "4");
        page.TypeInto("energy-after", "7");
        Press(page, "log-outcome");
        page.WaitUntil(() => page.FindAllByTestId("my-routine").FirstOrDefault()?.Attribute("data-logged") == "true", what: "the list to show it logged");

        // Energy is charted beside pain, with a date on the axis.
        page.WaitUntil(() => page.FindAll("[data-testid=scales-chart] circle.point[data-scale=energy]").Count == 1, what: "energy on the chart");
        Assert.Equal("7", page.Find("[data-testid=scales-chart] circle.point[data-scale=energy]").Attribute("data-value"));
        Assert.NotEmpty(page.FindAll("[data-testid=scales-chart-dates] text[data-at]"));
        AssertFitsTheScreen(page);
        Assert.Equal(1, Progress(token).GetProperty("outcomes").GetInt32());
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public void The_exports_open_as_tables_and_json_and_the_summary_prints_without_the_form(int width)
    {
        using Browser page = OpenPage(width);
        StartTracking(page);
        CheckInAtDesk(page);
        page.WaitUntil(() => Shown(page, "log-outcome"), what: "the outcome form");
        AssertFitsTheScreen(page);
        page.ExecuteScript("document.querySelector('.workspace').scrollIntoView({ behavior: 'instant' }); document.querySelector('.results').scrollTop = 0;");
        if (width == Desktop) Shoot(page, "routine.png");
        page.TypeInto("pain-after-neck", "2");
        LogOutcome(page);

        string zipFile = Download(page, "zip", () => Press(page, "export-tables"));
        using (ZipArchive zip = ZipFile.OpenRead(zipFile))
        {
            using var reader = new StreamReader(zip.GetEntry("outcomes.csv")!.Open());
            string[] lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            int column = Array.IndexOf(lines[0].Split(','), "painAfter.neck");
            Assert.Equal("2", lines[1].Split(',')[column]);
        }

        string jsonFile = Download(page, "json", () => Press(page, "export-json"));
        using (JsonDocument records = JsonDocument.Parse(File.ReadAllText(jsonFile)))
            Assert.Equal(1, records.RootElement.GetProperty("outcomes").GetArrayLength());

        // The printed summary: the progress and its chart, not the form or the routine.
        page.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        page.ExecuteScript("""
            window.print = () => {
              const shown = (s) => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; };
              window.printed = { form: shown('#assessment-form'), routine: shown('#routine'), chart: shown('[data-testid=pain-chart]'), tracking: shown('#tracking') };
            };
            """);
        // Print media hides the button itself, so it is pressed from the page's script.
        page.ExecuteScript("document.querySelector('[data-testid=print-summary]').click();");
        var printed = page.ExecuteScript<Dictionary<string, bool>>("return window.printed");
        Assert.Equal(new Dictionary<string, bool> { ["form"] = false, ["routine"] = false, ["chart"] = true, ["tracking"] = false }, printed);
    }

    [Fact]
    public void A_routine_prints_on_one_or_two_pages_without_the_form_and_the_summary_prints_its_chart()
    {
        using Browser page = OpenPage(Desktop);
        StartTracking(page);
        CheckInAtDesk(page);
        string[] names = page.ExecuteScript<string[]>("return [...document.querySelectorAll('[data-testid=routine-item] .item-name')].map((n) => n.textContent);")!;
        page.TypeInto("pain-after-neck", "2");
        LogOutcome(page);
        page.WaitUntil(() => page.FindAll("[data-testid=pain-chart-dates] text[data-at]").Count > 0, what: "the chart's dates");
        string date = page.FindAll("[data-testid=pain-chart-dates] text[data-at]")[0].Property("textContent")!;

        IReadOnlyList<string> routine = PrintedPage.Print(page, "print-routine");
        string routineText = string.Concat(routine);
        Assert.InRange(routine.Count, 1, 2);
        Assert.All(names, name => Assert.Contains(Words(name), Words(routineText), StringComparison.Ordinal));
        Assert.DoesNotContain(Words("First, a quick safety check"), Words(routineText), StringComparison.Ordinal);
        Assert.DoesNotContain(Words("How did it go?"), Words(routineText), StringComparison.Ordinal);

        IReadOnlyList<string> summary = PrintedPage.Print(page, "print-summary");
        string summaryText = string.Concat(summary);
        Assert.Contains(Words("Your progress"), Words(summaryText), StringComparison.Ordinal);
        Assert.Contains(Words(date), Words(summaryText), StringComparison.Ordinal);
        Assert.DoesNotContain(Words("First, a quick safety check"), Words(summaryText), StringComparison.Ordinal);
        Assert.DoesNotContain(Words(names[0]), Words(summaryText), StringComparison.Ordinal);
    }

    /// <summary>Text without spaces or soft hyphens: a PDF's text runs together words that the page laid out apart.</summary>
    private static string Words(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD' && c != '-')]);

    [Fact]
    public void At_desktop_width_the_routine_sits_beside_the_form()
    {
        using Browser page = OpenPage(Desktop);
        CheckInAtDesk(page);

        var box = page.ExecuteScript<Dictionary<string, double>>("""
            const form = document.getElementById('assessment-form').getBoundingClientRect();
            const routine = document.getElementById('routine').getBoundingClientRect();
            return { formRight: form.right, routineLeft: routine.left, routineWidth: routine.width, page: document.documentElement.scrollHeight };
            """)!;
        Assert.True(box["routineLeft"] >= box["formRight"], $"the routine starts at {box["routineLeft"]} px, the form ends at {box["formRight"]} px");
        Assert.True(box["routineWidth"] > 500, $"the routine is {box["routineWidth"]} px wide");
    }

    [Fact]
    public void The_page_runs_without_inline_script_under_its_content_security_policy()
    {
        using Browser page = OpenPage(Desktop);
        CheckInAtDesk(page);

        var found = page.ExecuteScript<Dictionary<string, JsonElement>>("""
            const all = [...document.querySelectorAll('*')];
            return {
              inlineScripts: [...document.scripts].filter((s) => !s.src).length,
              handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
              policy: document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content ?? '',
              modules: [...document.scripts].map((s) => s.type),
            };
            """)!;
        Assert.Equal(0, found["inlineScripts"].GetInt32());
        Assert.Empty(found["handlers"].EnumerateArray());
        Assert.Contains("script-src 'self'", found["policy"].GetString(), StringComparison.Ordinal);
        Assert.Equal(["module"], found["modules"].EnumerateArray().Select(t => t.GetString()));
        // The routine came through the policy: the modules ran, fetched and drew it.
        Assert.NotEmpty(page.FindAllByTestId("routine-item"));
    }

    [Fact]
    public void On_a_phone_the_ratings_fit_and_a_failed_request_clears_the_routine()
    {
        using Browser page = OpenPage(Phone);
        StartTracking(page);
        CheckInAtDesk(page);
        page.WaitUntil(() => Shown(page, "log-outcome"), what: "the outcome form");

        var overflowing = page.ExecuteScript<string[]>("""
            return [...document.querySelectorAll('#outcome-form select')]
              .filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth || s.scrollWidth > s.clientWidth + 1)
              .map((s) => s.id);
            """);
        Assert.Empty(overflowing!);

        // Minutes the API refuses: the old routine goes, the error names the field.
        page.FindByTestId("minutes").Clear();
        page.TypeInto("minutes", "500");
        Press(page, "get-routine");
        page.WaitUntil(() => Shown(page, "error-minutes"), what: "the minutes error");
        Assert.False(Shown(page, "routine"), "a failed request leaves no routine on screen");
        Assert.False(Shown(page, "log-outcome"), "nor its outcome form");
    }

    /// <summary>A browser at <paramref name="width"/> with the page open on the form.</summary>
    private Browser OpenPage(int width)
    {
        Browser page = browsers.NewBrowser(width, Height);
        try
        {
            Open(page, host.BaseAddress, width, Height);
            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    private static string[] ItemIds(Browser page) =>
        [.. page.FindAllByTestId("routine-item").Select(item => item.Attribute("data-exercise-id")!)];

    private JsonElement Routines(string token) => GetAsync(host.Http, token, "/api/me/routines").GetAwaiter().GetResult();

    private JsonElement NewestRoutine(string token)
    {
        JsonElement list = Routines(token);
        string id = list[0].GetProperty("routineId").GetString()!;
        return GetAsync(host.Http, token, $"/api/routines/{id}").GetAwaiter().GetResult().GetProperty("routine");
    }

    private JsonElement Progress(string token) => GetAsync(host.Http, token, "/api/me/progress").GetAwaiter().GetResult();

    private string[] SlotNames(JsonElement routine, string when)
    {
        var names = GetAsync(host.Http, null, "/api/exercises").GetAwaiter().GetResult().EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("name").GetString()!);
        return [.. routine.GetProperty("schedule").EnumerateArray().Single(s => s.GetProperty("when").GetString() == when)
            .GetProperty("exerciseIds").EnumerateArray().Select(id => names[id.GetString()!])];
    }

    /// <summary>Saves a screenshot for the README when ADVISOR_SCREENSHOTS names a folder (docs/ when refreshing them).</summary>
    private static void Shoot(Browser page, string name)
    {
        string? folder = Environment.GetEnvironmentVariable("ADVISOR_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder)) page.Screenshot(Path.Combine(folder, name));
    }
}
