using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Advisor.Host.Web.Health;

/// <summary>
/// 503 with the health report that says which check failed. A handler that returns it in its
/// <see cref="Results{TResult1, TResult2}"/> has the 503 and its report in the OpenAPI document from its type.
/// </summary>
public sealed class Unready(HealthReportJson report) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<HealthReportJson>
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

    /// <inheritdoc />
    public HealthReportJson Value => report;

    /// <inheritdoc />
    object? IValueHttpResult.Value => report;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(HealthReportJson), ["application/json"]));
}
