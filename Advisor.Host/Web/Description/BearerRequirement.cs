using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// Puts the <see cref="BearerScheme"/> on every operation that answers 401, the ones that take a
/// token. Where the endpoint also serves anonymous callers (POST /api/routines), an empty
/// requirement says the token may be left out.
/// </summary>
public sealed class BearerRequirement : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.ContainsKey(StatusCodes.Status401Unauthorized.ToString(System.Globalization.CultureInfo.InvariantCulture)) != true)
            return Task.CompletedTask;

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme.Name, context.Document)] = [] });
        bool requiresPerson = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any();
        if (!requiresPerson) operation.Security.Add(new OpenApiSecurityRequirement());
        return Task.CompletedTask;
    }
}
