using Advisor.Host.Web.People;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>Declares the bearer token of <see cref="BearerAuthentication"/> as the document's security scheme "bearer".</summary>
public sealed class BearerScheme : IOpenApiDocumentTransformer
{
    /// <summary>The scheme's key under components.securitySchemes.</summary>
    public const string Name = "bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            // Not a JWT: an opaque token, of which the store keeps only the hash.
            BearerFormat = "opaque",
            Description = "The token POST /api/users returned, sent as 'Authorization: Bearer <token>'.",
        };
        return Task.CompletedTask;
    }
}
