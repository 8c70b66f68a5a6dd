using System.Globalization;
using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// The workday as an iCalendar file: a weekly event per slot on the working days, in the person's
/// time zone, with the slot's movements and doses and an alarm; read back with a parser of our own.
/// </summary>
public sealed class CalendarTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private const string Hours = "start=08:30&end=16:30&tz=Europe/Berlin&days=mo,tu,we,th";

    [Fact]
    public async Task An_anonymous_assessment_gives_a_weekly_event_per_slot_with_alarm_and_time_zone()
    {
        using HttpClient anonymous = host.CreateClient();
        JsonElement routine = await (await anonymous.PostJsonAsync("/api/routines", Documents.DeskNeck)).JsonAsync(HttpStatusCode.OK);
        var names = (await (await anonymous.GetAsync("/api/exercises")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("name").GetString()!);
        int interval = routine.GetProperty("intervalMinutes").GetInt32();

        using HttpResponseMessage response = await anonymous.PostJsonAsync($"/api/calendar?{Hours}", Documents.DeskNeck);

        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        IcsComponent calendar = IcsComponent.Parse(text);
        Assert.Equal("2.0", calendar["VERSION"].Value);
        IcsComponent zone = Assert.Single(calendar.All("VTIMEZONE"));
        Assert.Equal("Europe/Berlin", zone["TZID"].Value);
        // Central European time: +0100 in winter, +0200 in summer.
        Assert.Equal(["+0100", "+0200"], zone.Children.Select(c => c["TZOFFSETTO"].Value).Distinct().Order(StringComparer.Ordinal));
        IcsComponent[] events = [.. calendar.All("VEVENT")];
        Assert.NotEmpty(events);
        Assert.Equal(events.Length, events.Select(e => e["UID"].Value).Distinct().Count());

        var times = new List<TimeOnly>();
        foreach (IcsComponent e in events)
        {
            IcsProperty start = e["DTSTART"];
            Assert.Equal("Europe/Berlin", start.Parameters["TZID"]);
            DateTime at = DateTime.ParseExact(start.Value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            Assert.Contains(at.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday });
            times.Add(TimeOnly.FromDateTime(at));
            var rule = e["RRULE"].Parts();
            Assert.Equal("WEEKLY", rule["FREQ"]);
            Assert.Equal(["MO", "TH", "TU", "WE"], rule["BYDAY"].Split(',').Order(StringComparer.Ordinal));
            IcsComponent alarm = Assert.Single(e.Children, c => c.Name == "VALARM");
            Assert.Equal("DISPLAY", alarm["ACTION"].Value);
            // The alarm goes off when the break is due: a zero offset from the start.
            Assert.Matches("^P(T0[SMH]|0D)$", alarm["TRIGGER"].Value);
            Assert.False(string.IsNullOrWhiteSpace(alarm["DESCRIPTION"].Text));
        }

        // The day starts with the start-of-day slot; every break falls on the interval (G21) from the start.
        Assert.Equal(new TimeOnly(8, 30), times.Min());
        Assert.True(times.Max() < new TimeOnly(16, 30), $"the last slot is at {times.Max()}");
        var breaks = events.Where(e => e["SUMMARY"].Text.StartsWith("Micro-break", StringComparison.Ordinal)).ToArray();
        Assert.True(breaks.Length >= 8, $"{breaks.Length} breaks in an 8-hour day at {interval} minutes");
        foreach (IcsComponent e in breaks)
        {
            TimeOnly at = TimeOnly.FromDateTime(DateTime.ParseExact(e["DTSTART"].Value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
            Assert.Equal(0, (at - new TimeOnly(8, 30)).TotalMinutes % interval);
        }

        // Each slot's event lists that slot's movements, by name, with a dose.
        foreach (JsonElement slot in routine.GetProperty("schedule").EnumerateArray())
        {
            string[] slotNames = [.. slot.GetProperty("exerciseIds").EnumerateArray().Select(id => names[id.GetString()!])];
            string when = slot.GetProperty("when").GetString()!;
            // Without a meeting time there is no pre-meeting slot.
            if (when == "pre-meeting") continue;
            IcsComponent e = when == "every-interval"
                ? breaks[0]
                : Assert.Single(events, e => e["UID"].Value.Contains($"-{when}-", StringComparison.Ordinal));
            foreach (string name in slotNames)
            {
                Assert.Contains(name, e["SUMMARY"].Text, StringComparison.Ordinal);
                Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(name)}: \\d+ × \\d+", e["DESCRIPTION"].Text);
            }
        }
    }

    [Fact]
    public async Task G2_each_event_gives_its_movements_the_schedules_dose_and_micro_range()
    {
        const string soreNeck = """{"painPoints":[{"region":"neck","severity":8}],"setting":"desk","day":"workday","minutes":5}""";
        using HttpClient anonymous = host.CreateClient();
        JsonElement routine = await (await anonymous.PostJsonAsync("/api/routines", soreNeck)).JsonAsync(HttpStatusCode.OK);
        var names = (await (await anonymous.GetAsync("/api/exercises")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("name").GetString()!);

        using HttpResponseMessage response = await anonymous.PostJsonAsync($"/api/calendar?{Hours}", soreNeck);

        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        string descriptions = string.Join("\n", IcsComponent.Parse(text).All("VEVENT").Select(e => e["DESCRIPTION"].Text));
        var movements = routine.GetProperty("schedule").EnumerateArray()
            .Where(s => s.GetProperty("when").GetString() != "pre-meeting")
            .SelectMany(s => s.GetProperty("movements").EnumerateArray()).ToArray();
        Assert.NotEmpty(movements);
        foreach (JsonElement movement in movements)
        {
            Assert.Equal("micro", movement.GetProperty("range").GetString());
            string line = $"{names[movement.GetProperty("exerciseId").GetString()!]}: {movement.GetProperty("sets").GetInt32()} × {movement.GetProperty("reps").GetInt32()}";
            Assert.Contains(descriptions.Split('\n'), d => d.StartsWith(line, StringComparison.Ordinal) && d.Contains("micro range", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_stored_routine_has_its_calendar_and_no_one_else_reads_it()
    {
        using Person owner = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        JsonElement routine = await (await owner.Client.PostJsonAsync("/api/routines", Documents.DeskNeck)).JsonAsync(HttpStatusCode.Created);
        string path = $"/api/routines/{routine.RoutineId()}/calendar.ics?meeting=11:00";

        using HttpResponseMessage mine = await owner.Client.GetAsync(path);
        using HttpResponseMessage theirs = await other.Client.GetAsync(path);

        string text = await mine.Content.ReadAsStringAsync();
        Assert.True(mine.StatusCode == HttpStatusCode.OK, text);
        IcsComponent[] events = [.. IcsComponent.Parse(text).All("VEVENT")];
        Assert.All(events, e => Assert.StartsWith(routine.RoutineId(), e["UID"].Value, StringComparison.Ordinal));
        // The default day is in UTC, Monday to Friday; the meeting's slot comes five minutes before it.
        Assert.Contains(events, e => e["DTSTART"].Value.EndsWith("T105500Z", StringComparison.Ordinal) && e["UID"].Value.Contains("pre-meeting", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(5, e["RRULE"].Parts()["BYDAY"].Split(',').Length));
        await theirs.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("tz=Mars/Olympus", "tz")]
    [InlineData("start=9am", "start")]
    [InlineData("start=10:00&end=09:00", "end")]
    [InlineData("days=mo,xx", "days")]
    [InlineData("meeting=20:00", "meeting")]
    public async Task Bad_working_hours_are_named(string query, string field)
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.PostJsonAsync($"/api/calendar?{query}", Documents.DeskNeck);

        await response.ValidationProblemAsync(field);
    }

    [Fact]
    public async Task A_routine_without_a_workday_schedule_has_no_calendar()
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage home = await anonymous.PostJsonAsync("/api/calendar", Documents.Knees);
        using HttpResponseMessage refer = await anonymous.PostJsonAsync("/api/calendar", Documents.RedFlag);
        using HttpResponseMessage invalid = await anonymous.PostJsonAsync("/api/calendar", """{ "minutes": 500 }""");

        await home.ValidationProblemAsync("setting");
        await refer.ValidationProblemAsync("redFlags");
        await invalid.ValidationProblemAsync("minutes");
    }
}
