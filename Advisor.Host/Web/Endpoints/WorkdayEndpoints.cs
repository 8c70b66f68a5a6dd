using System.Globalization;
using Advisor.Engine.Catalog;
using Advisor.Host.Web.Calendar;
using Advisor.Host.Web.Description;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Advisor.Host.Web.Endpoints;

/// <summary>
/// The workday's slots on the clock for given hours and interval, so the page's reminders place
/// their breaks with the calendar's rule instead of a copy of it.
/// </summary>
public static class WorkdayEndpoints
{
    /// <summary>The longest interval between breaks the query accepts: a whole workday.</summary>
    public const int LongestInterval = 24 * 60;

    /// <summary>One slot of the day: its time of day (HH:mm) and which moment of the template it is.</summary>
    public sealed record Slot(string At, Moment When);

    /// <summary>The day's slots, sorted by time.</summary>
    public sealed record Day(IReadOnlyList<Slot> Slots);

    /// <summary>Maps the endpoint.</summary>
    public static void MapWorkday(this RouteGroupBuilder api) =>
        api.MapGet("/workday", Slots).WithTags("Calendar").WithName("GetWorkdaySlots")
            .WithQuery("interval", $"The minutes between breaks, 1 to {LongestInterval}.", required: true, type: Microsoft.OpenApi.JsonSchemaType.Integer)
            .WithQuery("from", "When the interval last changed, HH:mm: the breaks count from then; from the start when left out.", Parameters.Time)
            .WithWorkdayHours()
            .WithSummary("Places the workday template's slots on the clock.")
            .WithDescription("The slots of the workday template for the given hours and interval; 400 names the field it cannot read.");

    private static Results<Ok<Day>, ValidationProblem> Slots(HttpContext context)
    {
        IQueryCollection query = context.Request.Query;
        (WorkdayHours? hours, ValidationProblem? problem) = WorkdayHours.FromQuery(query);
        if (problem is not null) return problem;

        string interval = query["interval"].ToString();
        if (!int.TryParse(interval, NumberStyles.None, CultureInfo.InvariantCulture, out int minutes) || minutes < 1 || minutes > LongestInterval)
        {
            return Problems.BadField("interval", string.IsNullOrEmpty(interval)
                ? "Give the minutes between breaks, such as interval=20."
                : $"'{interval}' is not a number of minutes between breaks; use a whole number from 1 to {LongestInterval}, such as 20.");
        }

        TimeOnly? from = null;
        if (query.TryGetValue("from", out var changed) && !string.IsNullOrEmpty(changed))
        {
            // Any time of day will do: before the start counts from the start, after the end places no more breaks.
            if (!WorkdayHours.TryTime(changed, out TimeOnly t)) return Problems.BadField("from", $"'{changed}' is not a time of day; use HH:mm, such as 10:25.");
            from = t;
        }

        Slot[] slots = [.. hours!.Slots(minutes, from).Select(s => new Slot(s.At.ToString("HH:mm", CultureInfo.InvariantCulture), s.When))];
        return TypedResults.Ok(new Day(slots));
    }
}
