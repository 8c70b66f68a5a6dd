using System.Globalization;
using Advisor.Engine.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Advisor.Host.Web.Calendar;

/// <summary>
/// When a person works: the hours, the days, their time zone and, optionally, a regular meeting.
/// The one place where the workday template's slots (G24) are put on the clock: the calendar file
/// and the page's reminders (through <c>GET /api/workday</c>) both read <see cref="Slots"/>.
/// </summary>
public sealed record WorkdayHours(TimeOnly Start, TimeOnly End, string TimeZone, IReadOnlyList<DayOfWeek> Days, TimeOnly? Meeting)
{
    /// <summary>A workday when nothing is said: 09:00 to 17:00, Monday to Friday, in UTC.</summary>
    public static readonly WorkdayHours Default = new(new TimeOnly(9, 0), new TimeOnly(17, 0), "UTC",
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], null);

    /// <summary>The mid-afternoon slot's usual time, when the workday spans it.</summary>
    public static readonly TimeOnly MidAfternoon = new(15, 0);

    /// <summary>How long before the end of the day the end-of-day series comes, so it is done before leaving.</summary>
    public static readonly TimeSpan EndOfDayLead = TimeSpan.FromMinutes(10);

    /// <summary>How long before a meeting the pre-meeting slot comes.</summary>
    public static readonly TimeSpan MeetingLead = TimeSpan.FromMinutes(5);

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mo"] = DayOfWeek.Monday, ["tu"] = DayOfWeek.Tuesday, ["we"] = DayOfWeek.Wednesday, ["th"] = DayOfWeek.Thursday,
        ["fr"] = DayOfWeek.Friday, ["sa"] = DayOfWeek.Saturday, ["su"] = DayOfWeek.Sunday,
    };

    /// <summary>
    /// Reads the query's <c>start</c>, <c>end</c>, <c>meeting</c> (HH:mm), <c>tz</c> (an IANA zone such as
    /// Europe/Berlin) and <c>days</c> (such as mo,tu,we,th,fr); each absent one keeps its default. The
    /// problem names the first field that is wrong.
    /// </summary>
    public static (WorkdayHours? Hours, ValidationProblem? Problem) FromQuery(IQueryCollection query)
    {
        WorkdayHours hours = Default;
        if (query.TryGetValue("start", out var start))
        {
            if (!TryTime(start, out TimeOnly t)) return (null, Problems.BadField("start", $"'{start}' is not a time of day; use HH:mm, such as 09:00."));
            hours = hours with { Start = t };
        }

        if (query.TryGetValue("end", out var end))
        {
            if (!TryTime(end, out TimeOnly t)) return (null, Problems.BadField("end", $"'{end}' is not a time of day; use HH:mm, such as 17:30."));
            hours = hours with { End = t };
        }

        if (hours.End <= hours.Start) return (null, Problems.BadField("end", $"The workday must end after it starts ({hours.Start:HH\\:mm})."));

        if (query.TryGetValue("meeting", out var meeting) && !string.IsNullOrEmpty(meeting))
        {
            if (!TryTime(meeting, out TimeOnly t)) return (null, Problems.BadField("meeting", $"'{meeting}' is not a time of day; use HH:mm, such as 11:00."));
            if (t.Add(-MeetingLead) < hours.Start || t > hours.End || t < hours.Start)
                return (null, Problems.BadField("meeting", "The meeting must fall within the workday, at least 5 minutes after it starts."));
            hours = hours with { Meeting = t };
        }

        if (query.TryGetValue("tz", out var zone) && !string.IsNullOrEmpty(zone))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone!, out _))
                return (null, Problems.BadField("tz", $"'{zone}' is not a time zone this server knows; use an IANA name such as Europe/Berlin."));
            hours = hours with { TimeZone = zone! };
        }

        if (query.TryGetValue("days", out var days))
        {
            var parsed = new List<DayOfWeek>();
            foreach (string name in days.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!DayNames.TryGetValue(name, out DayOfWeek day))
                    return (null, Problems.BadField("days", $"'{name}' is not a day; use two letters: mo, tu, we, th, fr, sa, su."));
                if (!parsed.Contains(day)) parsed.Add(day);
            }

            if (parsed.Count == 0) return (null, Problems.BadField("days", "Name at least one working day, such as mo,tu,we,th,fr."));
            hours = hours with { Days = parsed };
        }

        return (hours, null);
    }

    /// <summary>
    /// The time of day of each slot of the template: start-of-day at the start, a break every
    /// <paramref name="intervalMinutes"/> (G21) except where another slot already is a break,
    /// pre-meeting before the meeting, mid-afternoon at 15:00 (or halfway through a day that
    /// misses it), end-of-day shortly before the end. Sorted by time.
    /// </summary>
    /// <param name="intervalMinutes">Minutes between breaks.</param>
    /// <param name="intervalFrom">
    /// When the interval last changed (G21: early fatigue shortens it from the next break): the
    /// breaks run every <paramref name="intervalMinutes"/> from then, and none is placed before it.
    /// Null counts from the start of the day.
    /// </param>
    public IReadOnlyList<(TimeOnly At, Moment When)> Slots(int intervalMinutes, TimeOnly? intervalFrom = null)
    {
        var fixedSlots = new List<(TimeOnly At, Moment When)> { (Start, Moment.StartOfDay) };
        if (Meeting is { } meeting) fixedSlots.Add((meeting.Add(-MeetingLead), Moment.PreMeeting));
        TimeOnly midAfternoon = MidAfternoon > Start && MidAfternoon < End
            ? MidAfternoon
            : Start.Add((End - Start) / 2);
        fixedSlots.Add((midAfternoon, Moment.MidAfternoon));
        TimeOnly endOfDay = End - Start > EndOfDayLead * 2 ? End.Add(-EndOfDayLead) : End;
        fixedSlots.Add((endOfDay, Moment.EndOfDay));

        var slots = new List<(TimeOnly At, Moment When)>(fixedSlots);
        TimeSpan interval = TimeSpan.FromMinutes(Math.Max(1, intervalMinutes));
        // A break within a few minutes of a fixed slot would be two breaks at once: that slot is the break.
        TimeSpan clash = TimeSpan.FromMinutes(Math.Min(5, intervalMinutes / 2.0));
        TimeOnly from = intervalFrom is { } changed && changed > Start ? changed : Start;
        for (TimeSpan at = from.ToTimeSpan() + interval; at < endOfDay.ToTimeSpan(); at += interval)
        {
            TimeOnly time = TimeOnly.FromTimeSpan(at);
            if (fixedSlots.Any(f => (f.At.ToTimeSpan() - at).Duration() <= clash)) continue;
            slots.Add((time, Moment.EveryInterval));
        }

        return [.. slots.OrderBy(s => s.At)];
    }

    /// <summary>Reads HH:mm (or H:mm), as the query gives times of day.</summary>
    internal static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
