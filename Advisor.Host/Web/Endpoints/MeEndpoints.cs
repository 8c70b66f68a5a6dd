using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Host.Web.Learning;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Progress;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Advisor.Host.Web.People;
using Advisor.Host.Web.Progress;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Endpoints;

/// <summary>/api/me: the caller's own history: their progress, all their records, and erasing them.</summary>
public static class MeEndpoints
{
    /// <summary>Maps the /me group under <paramref name="api"/>, which requires a person, and its endpoints.</summary>
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        RouteGroupBuilder me = api.MapGroup("/me").WithTags("Me").ForPerson();
        me.MapGet("/progress", Progress).WithName("GetProgress")
            .WithSummary("Reports the caller's progress over time.")
            .WithDescription("Pain per region, stiffness, energy and focus over time, with adherence.");
        // The exports stream as they are read, so no typed result stands for them: their media types are declared here.
        me.MapGet("/export", Export).WithName("ExportRecords").Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Exports every record of the caller as CSV.")
            .WithDescription("One row per field of every record, as an attachment.");
        me.MapGet("/export.zip", ExportTables).WithName("ExportRecordTables").Produces<byte[]>(StatusCodes.Status200OK, "application/zip")
            .WithSummary("Exports the caller's records as a zip of CSV tables.")
            .WithDescription("Tables of routines, movements, outcomes and ratings: one row per record, one column per field.");
        me.MapGet("/export.json", ExportJson).WithName("ExportRecordsJson")
            .WithSummary("Exports the caller's records as one JSON document.")
            .WithDescription("Every routine of the caller, with when it was started, and every outcome, as an attachment.");
        me.MapDelete("", Delete).WithName("DeletePerson")
            .WithSummary("Erases the caller and everything of theirs.")
            .WithDescription("The records go at once, the ranker forgets the person, and the token stops working.");
        return me;
    }

    private static async Task<Ok<ProgressReport>> Progress(HttpContext context, IHistoryStore store, ExerciseCatalog catalog)
    {
        string personId = context.User.PersonId()!;
        var routines = await store.RoutinesAsync(personId, context.RequestAborted);
        var outcomes = await store.OutcomesAsync(personId, context.RequestAborted);
        var starts = await store.StartsAsync(personId, context.RequestAborted);
        return TypedResults.Ok(ProgressReport.Of(StoredProgress.Of(routines, outcomes, starts, catalog.Ids)));
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

    private static async Task<Ok<RecordsJson.Records>> ExportJson(HttpContext context, IHistoryStore store)
    {
        string personId = context.User.PersonId()!;
        var starts = await store.StartsAsync(personId, context.RequestAborted);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"routine-advisor-records.json\"";
        return TypedResults.Ok(RecordsJson.Of(store, personId, starts, context.RequestAborted));
    }

    // The typed result is what tells OpenAPI the answer is a 204 without a body.
    private static async Task<NoContent> Delete(HttpContext context, IHistoryStore store, IRanker ranker, KeptLayers kept, PopulationRetraining retraining)
    {
        string personId = context.User.PersonId()!;
        await store.DeletePersonAsync(personId, context.RequestAborted);
        // Their personal layer goes now, kept or waiting to be; the saved ranker is rewritten without them, and the population model retrained.
        (ranker as ThompsonRanker)?.Forget(personId);
        kept.Forget(personId);
        retraining.PersonErased();
        return TypedResults.NoContent();
    }
}
