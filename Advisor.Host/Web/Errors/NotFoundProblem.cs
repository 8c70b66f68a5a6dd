using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Advisor.Host.Web.Errors;

/// <summary>
/// 404 with problem details, for a thing that does not exist or is someone else's. A handler that returns it in its
/// <see cref="Results{TResult1, TResult2}"/> has the 404 in the OpenAPI document from its type.
/// </summary>
public sealed class NotFoundProblem(ProblemHttpResult problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status404NotFound;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => ProblemMetadata.Add(builder, StatusCodes.Status404NotFound);
}
