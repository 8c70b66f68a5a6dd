using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// Every 429 and 503 carries Retry-After: both say when to try again (see <see cref="RequestLimits"/>
/// and <see cref="StoreUnavailable"/>), and a client that waits that long is served.
/// </summary>
public sealed class RetryAfter : IOpenApiOperationTransformer
{
    private static readonly int[] RetryLater = [StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable];

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (int status in RetryLater)
            ResponseHeaders.Add(operation, status, "Retry-After", "The seconds to wait before trying again.", JsonSchemaType.Integer);
        return Task.CompletedTask;
    }
}
