using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.Errors;
using Advisor.Host.Web.Paging;
using Advisor.Host.Web.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Endpoints;

/// <summary>Routines: made from an assessment, kept for people who track their history.</summary>
public static class RoutineEndpoints
{
    /// <summary>A stored routine with the assessment it answered.</summary>
    public sealed record StoredRoutineView(Routine Routine, JsonElement Assessment, DateTimeOffset CreatedAt);

    /// <summary>One line of a person's routine list.</summary>
    public sealed record RoutineSummary(string RoutineId, DateTimeOffset CreatedAt, RoutineStatus Status, int TotalSeconds, bool Logged, bool Started);

    /// <summary>Maps the /routines group under <paramref name="api"/> and the endpoints of the routines themselves.</summary>
    public static RouteGroupBuilder MapRoutines(this RouteGroupBuilder api)
    {
        RouteGroupBuilder routines = api.MapGroup("/routines").WithTags("Routines");
        // The token is optional: a refused one is answered 401, an accepted one reaches the store.
        routines.MapPost("", Create).WithName("CreateRoutine")
            .TakesJson<Assessment>().UsesStore()
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "Where the stored routine is read back.")
            .WithSummary("Makes the routine for an assessment.")
            .WithDescription("Anonymous: nothing is stored (200). With a bearer token: stored, and shaped by the person's history (201).");
        routines.MapGet("/{id}", Find).WithName("GetRoutine").ForPerson()
            .WithSummary("Reads one of the caller's routines with its assessment.")
            .WithDescription("404 for a routine that does not exist or is anyone else's.");
        routines.MapPost("/{id}/start", Start).WithName("StartRoutine").ForPerson()
            .WithSummary("Records that the caller started one of their routines.")
            .WithDescription("For adherence: the first start counts. 404 for a routine that does not exist or is anyone else's.");
        return routines;
    }

    /// <summary>Maps GET /routines under <paramref name="me"/>: the caller's routines, listed with the rest of what is theirs.</summary>
    public static void MapOwnRoutines(this RouteGroupBuilder me) =>
        me.MapGet("/routines", List).WithTags("Routines").WithName("ListRoutines")
            .WithRoutinePage()
            .WithResponseHeader(StatusCodes.Status200OK, "Link", "The next page, as <URL>; rel=\"next\", when there are older routines than this page holds.")
            .WithSummary("Lists the caller's routines, newest first.")
            .WithDescription("All of them, or with ?limit=N a page, the next one linked from the Link header (rel=next); 400 for a limit or cursor that cannot be read.");

    // The body's own problems (413, 415, a body the server cannot read) are documented by TakesJson.
    private static async Task<Results<Ok<Routine>, Created<Routine>, ValidationProblem, UnauthorizedProblem, ProblemHttpResult>> Create(
        HttpContext context, Recommender recommender, IRanker ranker, IHistoryStore store, IOptions<AdvisorOptions> options, TimeProvider clock)
    {
        if (context.SentRefusedToken())
        {
            // The same challenge the bearer scheme sends for the endpoints that require a person.
            context.Response.Headers.WWWAuthenticate = BearerAuthentication.SchemeName;
            return Problems.Unauthorized();
        }

        (string? body, ProblemHttpResult? problem) = await JsonBody.ReadAsync(context.Request, options.Value.MaxBodyBytes);
        if (problem is not null) return problem;
        Assessment assessment;
        try
        {
            assessment = AssessmentReader.Read(body!);
        }
        catch (InvalidDocumentException e)
        {
            return Problems.BadDocument(e);
        }

        string? personId = context.User.PersonId();
        Stamp stamp = Stamp.Next(clock);
        string routineId = stamp.Id;
        if (personId is null) return TypedResults.Ok(recommender.Recommend(assessment, History.None, routineId).Routine);

        CancellationToken cancel = context.RequestAborted;
        // Both from the store at once: the person's summary, and their personal layer if the ranker dropped it.
        Task<HistorySummary> summary = store.HistorySummaryAsync(personId, cancel);
        await ((ranker as ThompsonRanker)?.ReadBackAsync(personId, cancel) ?? Task.CompletedTask);
        HistorySummary history = await summary;
        Routine routine = recommender.Recommend(assessment, history, routineId, personId).Routine;
        string routineJson = StoredRoutineJson.Write(routine);
        await store.SaveRoutineAsync(new StoredRoutine(routineId, personId, stamp.At, body!, routineJson), cancel);
        return TypedResults.Created($"/api/routines/{routineId}", routine);
    }

    private static async Task<Results<Ok<StoredRoutineView>, NotFoundProblem>> Find(string id, HttpContext context, IHistoryStore store)
    {
        StoredRoutine? stored = await store.FindRoutineAsync(context.User.PersonId()!, id, context.RequestAborted);
        if (stored is null) return Problems.NotFound("routine");
        Routine routine = StoredRoutineJson.Read(stored.Routine);
        using JsonDocument assessment = JsonDocument.Parse(stored.Assessment);
        return TypedResults.Ok(new StoredRoutineView(routine, assessment.RootElement.Clone(), stored.CreatedAt));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> Start(string id, HttpContext context, IHistoryStore store, TimeProvider clock) =>
        await store.MarkStartedAsync(context.User.PersonId()!, id, clock.GetUtcNow(), context.RequestAborted)
            ? TypedResults.NoContent()
            : Problems.NotFound("routine");

    private static async Task<Results<Ok<RoutineSummary[]>, ValidationProblem>> List(HttpContext context, IHistoryStore store)
    {
        RoutineListQuery? query = RoutineListQuery.Read(context.Request.Query, out var error);
        if (query is null) return Problems.BadField(error!.Value.Field, error.Value.Message);
        // One more than the page holds tells whether there is a next page without a second query.
        int? fetch = query.Limit + 1;
        IReadOnlyList<ListedRoutine> routines = await store.RoutinePageAsync(context.User.PersonId()!, fetch, query.After, context.RequestAborted);
        if (query.Limit is { } limit && routines.Count > limit)
        {
            routines = routines.Take(limit).ToArray();
            context.Response.Headers.Link = $"</api/me/routines?limit={limit}&before={RoutineListQuery.Cursor(routines[^1].Routine)}>; rel=\"next\"";
        }

        return TypedResults.Ok(routines.Select(listed =>
        {
            StoredRoutine r = listed.Routine;
            Routine routine = StoredRoutineJson.Read(r.Routine);
            return new RoutineSummary(r.RoutineId, r.CreatedAt, routine.Status, routine.TotalSeconds, listed.Logged, listed.Started);
        }).ToArray());
    }
}
