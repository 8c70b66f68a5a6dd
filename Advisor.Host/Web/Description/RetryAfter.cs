using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// Every 429 and 503 problem carries Retry-After: both say when to try again (see <see cref="RequestLimits"/>
/// and <see cref="StoreUnavailable"/>), and a client that waits that long is served. The readiness probe's
/// 503 is a health report, not a problem, and names no time: a prober asks again on its own schedule.
/// </summary>
public sealed class RetryAfter : IOpenApiOperationTransformer
{
    private static readonly int[] RetryLater = [StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable];

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (int status in RetryLater.Where(status => IsProblem(operation, status)))
            ResponseHeaders.Add(operation, status, "Retry-After", "The seconds to wait before trying again.", JsonSchemaType.Integer);
        return Task.CompletedTask;
    }

    private static bool IsProblem(OpenApiOperation operation, int status) =>
        operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out IOpenApiResponse? response) == true
        && response.Content?.ContainsKey(Errors.ProblemMetadata.MediaType) == true;
}
