using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Routines;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.Host.Web.Calendar;

/// <summary>
/// A routine's workday schedule (G21, G24) as an iCalendar file (RFC 5545): one event per slot,
/// repeating weekly on the working days in the person's time zone, listing the movements with
/// their doses, with a display alarm when the break is due.
/// </summary>
public static class WorkdayCalendar
{
    /// <summary>The media type of the file.</summary>
    public const string MediaType = "text/calendar";

    private static readonly Dictionary<Moment, string> Titles = new()
    {
        [Moment.StartOfDay] = "Start-of-day movement",
        [Moment.EveryInterval] = "Micro-break",
        [Moment.PreMeeting] = "Before your meeting",
        [Moment.MidAfternoon] = "Mid-afternoon movement",
        [Moment.EndOfDay] = "End-of-day movement",
    };

    /// <summary>
    /// The calendar for <paramref name="routine"/>; null when the routine has no workday schedule
    /// (it is not for a desk on a workday, or it is a referral).
    /// </summary>
    public static string? Write(Routine routine, WorkdayHours hours, ExerciseCatalog catalog, DateOnly firstDay)
    {
        if (routine.Status != RoutineStatus.Ok || routine.Schedule is not { Count: > 0 } schedule || routine.IntervalMinutes is not int interval) return null;

        var calendar = new Ical.Net.Calendar { ProductId = "-//RoutineAdvisor//Workday//EN" };
        var items = routine.Phases.SelectMany(p => p.Items).GroupBy(i => i.ExerciseId).ToDictionary(g => g.Key, g => g.First());
        DateOnly first = FirstWorkingDay(firstDay, hours.Days);
        // RFC 5545 wants a zone's offsets spelled out (STANDARD and DAYLIGHT); UTC times need no zone.
        bool utc = hours.TimeZone is "UTC" or "Etc/UTC";
        if (!utc) calendar.AddTimeZone(VTimeZone.FromDateTimeZone(hours.TimeZone, first.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));

        foreach ((TimeOnly at, Moment when) in hours.Slots(interval))
        {
            ScheduleSlot? slot = schedule.FirstOrDefault(s => s.When == when);
            if (slot is null || slot.Movements.Count == 0) continue;
            var movements = slot.Movements.Select(m => Movement(m, items, catalog)).ToArray();
            int seconds = Math.Max(60, movements.Sum(m => m.Seconds));
            var start = new CalDateTime(first.Year, first.Month, first.Day, at.Hour, at.Minute, 0, utc ? "UTC" : hours.TimeZone);
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{routine.RoutineId}-{Kebab.Name(when)}-{at:HHmm}@routine-advisor",
                Summary = $"{Titles[when]}: {string.Join(" + ", movements.Select(m => m.Name))}",
                Description = string.Join("\n", movements.Select(m => $"{m.Name}: {m.Dose}")),
                Start = start,
                End = start.AddMinutes(Math.Max(1, (seconds + 59) / 60)),
            };
            calendarEvent.RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly)
            {
                ByDay = [.. hours.Days.Select(d => new WeekDay(d))],
            };
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = calendarEvent.Summary,
                Trigger = new Trigger(Duration.FromMinutes(0)),
            });
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    // The schedule's own dose and range (G2, G3, G4), so a movement the routine's minutes left out is done as carefully as an item.
    private static (string Name, string Dose, int Seconds) Movement(ScheduledMovement movement, Dictionary<string, RoutineItem> items, ExerciseCatalog catalog)
    {
        string id = movement.ExerciseId;
        Exercise? exercise = catalog.Find(id);
        string name = items.GetValueOrDefault(id)?.Name ?? exercise?.Name ?? id;
        return (name, Dose(movement, exercise?.OneSided ?? false), movement.Seconds);
    }

    private static string Dose(ScheduledMovement m, bool bothSides) =>
        $"{m.Sets} × {m.Reps}{(m.HoldSeconds > 0 ? $", hold {m.HoldSeconds} s" : "")}{(bothSides ? ", each side" : "")}"
        + (m.Range == Range.Micro ? ", micro range: an inch or two" : m.Range == Range.Small ? ", small range" : "");

    private static DateOnly FirstWorkingDay(DateOnly from, IReadOnlyList<DayOfWeek> days)
    {
        DateOnly day = from;
        while (!days.Contains(day.DayOfWeek)) day = day.AddDays(1);
        return day;
    }
}
