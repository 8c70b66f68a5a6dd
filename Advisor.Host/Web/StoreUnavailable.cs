using System.Globalization;
using Advisor.Storage.Sql;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Web;

/// <summary>
/// A store that is busy or does not answer within <see cref="AdvisorOptions.DbTimeoutSeconds"/> is a
/// passing condition, not a fault of the request: it is answered 503 with Retry-After, so a client
/// retries instead of giving up. A busy SQLite file wrote nothing; a PostgreSQL statement that timed
/// out is cancelled; either way an outcome retried with the same Idempotency-Key is stored once.
/// </summary>
public sealed class StoreUnavailable(IProblemDetailsService problems, IOptions<AdvisorOptions> options, ILogger<StoreUnavailable> log)
    : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!StoreErrors.IsUnavailable(exception) || context.Response.HasStarted) return false;
        log.LogWarning("The store did not answer in time: {Message}", exception.Message);
        int retryAfter = Math.Max(1, options.Value.DbTimeoutSeconds);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The store is busy.",
                Detail = $"The database did not answer within {options.Value.DbTimeoutSeconds} s. Try again in {retryAfter} s; "
                    + "an outcome sent again with the same Idempotency-Key is stored once.",
            },
        });
        return true;
    }
}
