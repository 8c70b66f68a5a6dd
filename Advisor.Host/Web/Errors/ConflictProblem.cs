using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Advisor.Host.Web.Errors;

/// <summary>
/// 409 with problem details, for a request that conflicts with one made before. A handler that returns it in its
/// <see cref="Results{TResult1, TResult2}"/> has the 409 in the OpenAPI document from its type.
/// </summary>
public sealed class ConflictProblem(ProblemHttpResult problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status409Conflict;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ProblemMetadata.Add(builder, StatusCodes.Status409Conflict);
}
