using Advisor.Engine.Personalization;
using Advisor.Host.Web.Learning;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Progress;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Export;
using Advisor.Host.Web.People;
using Advisor.Host.Web.Progress;

namespace Advisor.Host.Web.Endpoints;

/// <summary>/api/me: the caller's own history: their progress, all their records, and erasing them.</summary>
public static class MeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapMe(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder me = app.MapGroup("/api/me").WithTags("Me").RequireAuthorization();
        me.MapGet("/progress", Progress).Produces<ProgressReport>()
            .WithSummary("Pain per region, stiffness, energy and focus over time, with adherence.");
        me.MapGet("/export", Export).Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Every record of the caller as CSV: one row per field.");
        me.MapGet("/export.zip", ExportTables).Produces<byte[]>(StatusCodes.Status200OK, "application/zip")
            .WithSummary("The caller's records as a zip of CSV tables (routines, movements, outcomes, ratings): one row per record, one column per field.");
        me.MapGet("/export.json", ExportJson).Produces<RecordsJson.Records>()
            .WithSummary("The caller's records as one JSON document.");
        me.MapDelete("/", Delete).WithSummary("Erases the caller and everything of theirs; the token stops working.");
    }

    private static async Task<IResult> Progress(HttpContext context, IHistoryStore store, Recommender recommender)
    {
        string personId = context.User.PersonId()!;
        var routines = await store.RoutinesAsync(personId, context.RequestAborted);
        var outcomes = await store.OutcomesAsync(personId, context.RequestAborted);
        var starts = await store.StartsAsync(personId, context.RequestAborted);
        return TypedResults.Ok(ProgressReport.Of(PersonProgress.Of(routines, outcomes, starts, recommender.Catalog.Ids)));
    }

    private static async Task Export(HttpContext context, IHistoryStore store)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"routine-advisor-export.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, leaveOpen: true);
        await RecordsCsv.WriteAsync(writer, store, context.User.PersonId()!, context.RequestAborted);
    }

    private static async Task ExportTables(HttpContext context, IHistoryStore store)
    {
        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"routine-advisor-tables.zip\"";
        await RecordTables.WriteZipAsync(context.Response.Body, store, context.User.PersonId()!, context.RequestAborted);
    }

    private static async Task<IResult> ExportJson(HttpContext context, IHistoryStore store)
    {
        string personId = context.User.PersonId()!;
        var starts = await store.StartsAsync(personId, context.RequestAborted);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"routine-advisor-records.json\"";
        return TypedResults.Ok(RecordsJson.Of(store, personId, starts, context.RequestAborted));
    }

    private static async Task<IResult> Delete(HttpContext context, IHistoryStore store, IRanker ranker, PopulationRetraining retraining)
    {
        string personId = context.User.PersonId()!;
        await store.DeletePersonAsync(personId, context.RequestAborted);
        // Their personal layer goes now; the saved ranker is rewritten without them, and the population model retrained.
        (ranker as ThompsonRanker)?.Forget(personId);
        retraining.PersonErased();
        return TypedResults.NoContent();
    }
}
