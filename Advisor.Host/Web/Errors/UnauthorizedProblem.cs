using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Advisor.Host.Web.Errors;

/// <summary>
/// 401 with problem details, for a token refused by an endpoint where a token is optional. A handler that returns it in its
/// <see cref="Results{TResult1, TResult2}"/> has the 401 in the OpenAPI document from its type.
/// </summary>
public sealed class UnauthorizedProblem(ProblemHttpResult problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status401Unauthorized;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ProblemMetadata.Add(builder, StatusCodes.Status401Unauthorized);
}
