using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Advisor.Engine.Personalization;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.Errors;
using Advisor.Host.Web.Learning;
using Advisor.Host.Web.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Endpoints;

/// <summary>POST /api/routines/{id}/outcomes: how a routine went, stored once however often a client retries; GET each one back where its Location says.</summary>
public static class OutcomeEndpoints
{
    private const int MaxKeyLength = 200;

    /// <summary>The receipt for a logged outcome.</summary>
    public sealed record LoggedOutcomeReceipt(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt);

    /// <summary>A logged outcome as it was stored: its receipt and the document sent.</summary>
    public sealed record LoggedOutcomeDocument(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt, System.Text.Json.JsonElement Outcome);

    /// <summary>Maps the /{id}/outcomes group under <paramref name="routines"/>, which requires a person, and its endpoints.</summary>
    public static RouteGroupBuilder MapOutcomes(this RouteGroupBuilder routines)
    {
        RouteGroupBuilder outcomes = routines.MapGroup("/{id}/outcomes").WithTags("Outcomes").ForPerson();
        MapLog(outcomes);
        // Where a new outcome's Location header points.
        outcomes.MapGet("/{outcomeId}", Find).WithName("GetOutcome")
            .WithSummary("Reads one of the caller's logged outcomes of one of their routines.")
            .WithDescription("The outcome as it was stored, with its receipt; 404 names whether the routine or the outcome was not found.");
        return outcomes;
    }

    private static async Task<Results<Ok<LoggedOutcomeDocument>, NotFoundProblem>> Find(string id, string outcomeId, HttpContext context, IHistoryStore store)
    {
        string personId = context.User.PersonId()!;
        if (await store.FindRoutineAsync(personId, id, context.RequestAborted) is null) return Problems.NotFound("routine");
        StoredOutcome? outcome = await store.FindOutcomeAsync(personId, id, outcomeId, context.RequestAborted);
        if (outcome is null) return Problems.NotFound("outcome of this routine");
        using var document = System.Text.Json.JsonDocument.Parse(outcome.Outcome);
        return TypedResults.Ok(new LoggedOutcomeDocument(outcome.OutcomeId, outcome.RoutineId, outcome.LoggedAt, document.RootElement.Clone()));
    }

    private static void MapLog(RouteGroupBuilder outcomes) =>
        outcomes.MapPost("", Log).WithName("LogOutcome")
            .TakesJson<Outcome>()
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "Where the logged outcome is read back.")
            .WithHeader("Idempotency-Key", "Any printable text naming this outcome, to send again unchanged with a retry.", MaxKeyLength)
            .WithSummary("Logs how one of the caller's routines went.")
            .WithDescription("A retry with the same Idempotency-Key is stored once and answered with 200 and the first receipt; "
                + "the key reused for a different outcome is answered 409.");

    // The body's own problems (413, 415, a body the server cannot read) are documented by TakesJson.
    private static async Task<Results<Created<LoggedOutcomeReceipt>, Ok<LoggedOutcomeReceipt>, ValidationProblem, NotFoundProblem, ConflictProblem, ProblemHttpResult>> Log(
        string id, HttpContext context, ExerciseCatalog catalog, LearningOrder learning, IRanker ranker, IHistoryStore store, IOptions<AdvisorOptions> options)
    {
        // One key of visible characters: a repeated header would be read as the keys joined by a comma,
        // and an invisible one (zero-width, a direction override) makes two keys that look the same differ.
        StringValues keys = context.Request.Headers["Idempotency-Key"];
        string? key = keys;
        if (keys.Count > 1 || (key is not null && (key.Length is 0 or > MaxKeyLength || key.Any(IsInvisible))))
            return Problems.BadField("Idempotency-Key", $"must be one header of 1 to {MaxKeyLength} printable characters");
        (string? body, ProblemHttpResult? problem) = await JsonBody.ReadAsync(context.Request, options.Value.MaxBodyBytes);
        if (problem is not null) return problem;
        Outcome parsed;
        try
        {
            parsed = OutcomeReader.Read(body!, catalog.Ids);
        }
        catch (InvalidDocumentException e)
        {
            return Problems.BadDocument(e);
        }

        string personId = context.User.PersonId()!;
        StoredRoutine? routine = await store.FindRoutineAsync(personId, id, context.RequestAborted);
        if (routine is null) return Problems.NotFound("routine");
        string fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body!)));
        // Read back now, while nothing waits on it, rather than inside the learning order, which would wait for the store.
        await ((ranker as ThompsonRanker)?.ReadBackAsync(personId, context.RequestAborted) ?? Task.CompletedTask);
        LearningOrder.Ticket ticket = learning.Take();
        OutcomeSave? saved = null;
        try
        {
            var outcome = new NewOutcome(ticket.Stamp.Id, id, ticket.Stamp.At, body!, key, fingerprint);
            saved = await store.SaveOutcomeAsync(personId, outcome, context.RequestAborted);
        }
        finally
        {
            // Only a newly stored outcome teaches the ranker; a retry was learned the first time.
            learning.Complete(ticket, saved?.Status == OutcomeSaveStatus.Stored ? new OutcomeToLearn(ticket.Stamp, personId, routine, parsed) : null);
        }

        return saved.Status switch
        {
            OutcomeSaveStatus.Stored => TypedResults.Created($"/api/routines/{id}/outcomes/{saved.Outcome!.OutcomeId}", Receipt(saved.Outcome)),
            OutcomeSaveStatus.Replayed => TypedResults.Ok(Receipt(saved.Outcome!)),
            OutcomeSaveStatus.KeyReused => Problems.KeyReused(),
            _ => Problems.NotFound("routine"),
        };
    }

    private static bool IsInvisible(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static LoggedOutcomeReceipt Receipt(StoredOutcome outcome) => new(outcome.OutcomeId, outcome.RoutineId, outcome.LoggedAt);
}
