using Advisor.Engine.Documents;
using Advisor.Host.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Advisor.Host.Web;

/// <summary>
/// Every error the API gives, as problem details that say what is wrong and, for documents, which field.
/// Each is typed by its status where one status is all it can be, so a handler's return type documents it.
/// </summary>
public static class Problems
{
    private const string SendToken = "Send 'Authorization: Bearer <token>' with the token POST /api/users returned.";

    /// <summary>400: a document that breaks the contract; each field path lists its problems.</summary>
    public static ValidationProblem BadDocument(InvalidDocumentException error) => TypedResults.ValidationProblem(
        error.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        detail: error.Message,
        title: "The document is not valid.");

    /// <summary>400: a problem with one named field or header.</summary>
    public static ValidationProblem BadField(string field, string message) => BadDocument(new InvalidDocumentException("request", [new FieldError(field, message)]));

    /// <summary>401: no token, or one that is not valid.</summary>
    public static UnauthorizedProblem Unauthorized() => new(Status(StatusCodes.Status401Unauthorized, "A valid bearer token is required.", SendToken));

    /// <summary>404, the same whether the thing does not exist or is someone else's.</summary>
    public static NotFoundProblem NotFound(string what) => new(Status(StatusCodes.Status404NotFound, $"No such {what}.", null));

    /// <summary>409: an idempotency key reused for a different request.</summary>
    public static ConflictProblem KeyReused() => new(Status(StatusCodes.Status409Conflict, "This Idempotency-Key was already used for a different outcome.",
        "Use a new key for a new outcome; reuse a key only to retry the very same request."));

    /// <summary>413: a body over the limit.</summary>
    public static ProblemHttpResult TooLarge(int limit) => Status(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
        $"Bodies may be at most {limit} bytes.");

    /// <summary>A 4xx for a body the server could not read, with the server's reason.</summary>
    public static ProblemHttpResult UnreadableBody(int status, string reason) => Status(status, "The request body could not be read.", reason);

    /// <summary>415: not JSON.</summary>
    public static ProblemHttpResult NotJson(string? contentType) => Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.", SendJson(contentType));

    /// <summary>415: JSON said to be in an encoding other than UTF-8.</summary>
    public static ProblemHttpResult NotUtf8(string charset) => Status(StatusCodes.Status415UnsupportedMediaType, "The body must be UTF-8.",
        $"JSON is sent as UTF-8: send Content-Type: application/json or application/json; charset=utf-8 (got charset={charset}).");

    /// <summary>429: too many requests from one caller.</summary>
    public static ProblemHttpResult TooManyRequests(int retryAfterSeconds) => Status(StatusCodes.Status429TooManyRequests, "Too many requests.",
        $"Slow down: try again in {retryAfterSeconds} s.");

    /// <summary>Gives the bodiless answers of the framework (401, 404, 405 …) a sentence a person can act on.</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        ProblemDetails problem = context.ProblemDetails;
        if (problem.Detail is not null) return;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => SendToken,
            StatusCodes.Status404NotFound => "There is nothing at this address; GET /openapi/v1.json lists the API.",
            StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed here; GET /openapi/v1.json lists the API.",
            // Routing answers 415 itself, before the endpoint runs, when the body's type is not one the endpoint accepts.
            StatusCodes.Status415UnsupportedMediaType => SendJson(context.HttpContext.Request.ContentType),
            _ => null,
        };
    }

    private static string SendJson(string? contentType) =>
        $"Send Content-Type: application/json (got {(string.IsNullOrEmpty(contentType) ? "none" : $"'{contentType}'")}).";

    private static ProblemHttpResult Status(int status, string title, string? detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
