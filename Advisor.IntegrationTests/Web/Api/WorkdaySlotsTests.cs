using System.Globalization;
using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// Where the workday template's slots fall (G21, G24), as the page's reminders read them: the same
/// times as the calendar file's for the same hours, and a shortened interval counted from when it changed.
/// </summary>
public sealed class WorkdaySlotsTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task The_slots_are_the_calendars_times_for_the_same_hours()
    {
        using HttpClient anonymous = host.CreateClient();
        const string Hours = "start=08:30&end=16:30&meeting=11:00";
        JsonElement routine = await (await anonymous.PostJsonAsync("/api/routines", Documents.DeskNeck)).JsonAsync(HttpStatusCode.OK);
        int interval = routine.GetProperty("intervalMinutes").GetInt32();

        JsonElement answer = await (await anonymous.GetAsync($"/api/workday?{Hours}&interval={interval}")).JsonAsync(HttpStatusCode.OK);
        using HttpResponseMessage calendar = await anonymous.PostJsonAsync($"/api/calendar?{Hours}", Documents.DeskNeck);

        var slots = answer.GetProperty("slots").EnumerateArray()
            .Select(s => (At: s.GetProperty("at").GetString()!, When: s.GetProperty("when").GetString()!)).ToArray();
        // Each event starts at its slot's time of day: yyyyMMddTHHmmss, with a Z in UTC.
        var events = IcsComponent.Parse(await calendar.Content.ReadAsStringAsync()).All("VEVENT")
            .Select(e => e["DTSTART"].Value.TrimEnd('Z')[^6..^2].Insert(2, ":"))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(events, slots.Select(s => s.At).Order(StringComparer.Ordinal));
        Assert.Equal(slots.OrderBy(s => s.At, StringComparer.Ordinal), slots);
        Assert.Equal(("08:30", "start-of-day"), slots[0]);
        Assert.Contains(("10:55", "pre-meeting"), slots);
        Assert.Contains(("15:00", "mid-afternoon"), slots);
        Assert.Equal(("16:20", "end-of-day"), slots[^1]);
        Assert.Equal($"{TimeOnly.Parse("08:30", CultureInfo.InvariantCulture).AddMinutes(interval):HH\\:mm}", slots[1].At);
    }

    [Fact]
    public async Task A_shortened_interval_counts_from_when_it_changed()
    {
        using HttpClient anonymous = host.CreateClient();

        JsonElement answer = await (await anonymous.GetAsync("/api/workday?start=09:00&end=17:00&interval=15&from=09:26")).JsonAsync(HttpStatusCode.OK);

        string[] breaks = [.. answer.GetProperty("slots").EnumerateArray()
            .Where(s => s.GetProperty("when").GetString() == "every-interval")
            .Select(s => s.GetProperty("at").GetString()!)];
        Assert.Equal(["09:41", "09:56", "10:11"], breaks[..3]);
        // 14:56 is within five minutes of the mid-afternoon slot, which stands for it.
        Assert.DoesNotContain("14:56", breaks);
        Assert.Contains("15:26", breaks);
    }

    [Theory]
    [InlineData("interval=0", "interval")]
    [InlineData("interval=often", "interval")]
    [InlineData("", "interval")]
    [InlineData("interval=20&from=8", "from")]
    [InlineData("interval=20&from=25:00", "from")]
    [InlineData("interval=20&start=10:00&end=09:00", "end")]
    [InlineData("interval=20&meeting=20:00", "meeting")]
    public async Task Bad_hours_or_intervals_are_named(string query, string field)
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync($"/api/workday?{query}");

        await response.ValidationProblemAsync(field);
    }
}
