using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Calendar;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.Errors;
using Advisor.Host.Web.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Endpoints;

/// <summary>
/// The workday schedule as an iCalendar file, for a stored routine or for an assessment sent
/// anonymously. The query says when the person works: start, end, meeting (HH:mm), tz, days.
/// </summary>
public static class CalendarEndpoints
{
    // A text answer's type does not say its media type, so the 200 of text/calendar is declared here;
    // the handlers' types document the rest.

    /// <summary>Maps GET /{id}/calendar.ics under <paramref name="routines"/>: a stored routine's calendar.</summary>
    public static void MapRoutineCalendar(this RouteGroupBuilder routines) =>
        routines.MapGet("/{id}/calendar.ics", ForStored).WithTags("Calendar").WithName("GetRoutineCalendar").ForPerson()
            .Produces<string>(StatusCodes.Status200OK, WorkdayCalendar.MediaType).WithWorkdayHours()
            .WithSummary("Exports one of the caller's routines as a weekly calendar of breaks.")
            .WithDescription("404 for a routine that does not exist or is anyone else's; 400 for hours it cannot read or a routine without a workday schedule.");

    /// <summary>Maps POST /calendar under <paramref name="api"/>: the calendar for an assessment sent anonymously.</summary>
    public static void MapCalendar(this RouteGroupBuilder api) =>
        api.MapPost("/calendar", ForAssessment).WithTags("Calendar").WithName("GetAssessmentCalendar")
            .TakesJson<Assessment>()
            .Produces<string>(StatusCodes.Status200OK, WorkdayCalendar.MediaType).WithWorkdayHours()
            .WithSummary("Exports the routine for an assessment as a weekly calendar of breaks.")
            .WithDescription("For an assessment at the desk on a workday; nothing is stored. 400 for hours it cannot read or a routine without a workday schedule.");

    private static async Task<Results<ContentHttpResult, ValidationProblem, NotFoundProblem>> ForStored(string id, HttpContext context, IHistoryStore store, ExerciseCatalog catalog, TimeProvider clock)
    {
        (WorkdayHours? hours, ValidationProblem? problem) = WorkdayHours.FromQuery(context.Request.Query);
        if (problem is not null) return problem;
        StoredRoutine? stored = await store.FindRoutineAsync(context.User.PersonId()!, id, context.RequestAborted);
        if (stored is null) return Problems.NotFound("routine");
        Routine routine = StoredRoutineJson.Read(stored.Routine);
        (ContentHttpResult? file, ValidationProblem? none) = File(routine, hours!, catalog, clock);
        return file is not null ? file : none!;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ForAssessment(HttpContext context, Recommender recommender, IOptions<AdvisorOptions> options, TimeProvider clock)
    {
        (WorkdayHours? hours, ValidationProblem? problem) = WorkdayHours.FromQuery(context.Request.Query);
        if (problem is not null) return problem;
        (string? body, ProblemHttpResult? unreadable) = await JsonBody.ReadAsync(context.Request, options.Value.MaxBodyBytes);
        if (unreadable is not null) return unreadable;
        Assessment assessment;
        try
        {
            assessment = AssessmentReader.Read(body!);
        }
        catch (InvalidDocumentException e)
        {
            return Problems.BadDocument(e);
        }

        Routine routine = recommender.Recommend(assessment, History.None, Stamp.Next(clock).Id).Routine;
        (ContentHttpResult? file, ValidationProblem? none) = File(routine, hours!, recommender.Catalog, clock);
        return file is not null ? file : none!;
    }

    // The file, or the problem that there is no schedule to put in one.
    private static (ContentHttpResult? File, ValidationProblem? NoSchedule) File(Routine routine, WorkdayHours hours, ExerciseCatalog catalog, TimeProvider clock)
    {
        DateTimeOffset now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone));
        string? ics = WorkdayCalendar.Write(routine, hours, catalog, DateOnly.FromDateTime(now.DateTime));
        if (ics is null)
        {
            return (null, routine.Status == RoutineStatus.Refer
                ? Problems.BadField("redFlags", "This routine is a referral (G1): there is no schedule to put in a calendar.")
                : Problems.BadField("setting", "Only a routine for the desk on a workday has a schedule of breaks (G21, G24); choose setting desk and day workday."));
        }

        return (TypedResults.Text(ics, WorkdayCalendar.MediaType + "; charset=utf-8"), null);
    }
}
