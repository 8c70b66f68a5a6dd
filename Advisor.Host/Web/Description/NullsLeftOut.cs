using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// The API leaves out a property whose value is null rather than writing null (<see cref="ApiJson"/>),
/// so a property that may be null is not required: the framework lists every constructor parameter
/// as required, and a generated client refused a progress entry without stiffness as incomplete.
/// </summary>
public sealed class NullsLeftOut : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required || schema.Properties is null) return Task.CompletedTask;
        foreach ((string name, IOpenApiSchema property) in schema.Properties)
        {
            if (property is OpenApiSchema { Type: { } type } && type.HasFlag(JsonSchemaType.Null)) required.Remove(name);
        }

        return Task.CompletedTask;
    }
}
