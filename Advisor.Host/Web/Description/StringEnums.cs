using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// The contract's enums are kebab-case strings, but the framework documents each as a bare list of
/// values without a type, and a generated client then sends them as numbers (the assessment's
/// "lower-back" went out as 3). Each such enum is declared a string. A null among the values (the
/// framework adds one where some property of the enum's type may be null) goes: the API writes no
/// nulls (<see cref="ApiJson"/>) and its readers take none.
/// </summary>
public sealed class StringEnums : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is not null || schema.Enum is not { Count: > 0 } values) return Task.CompletedTask;
        if (!values.All(value => value is null || value.GetValueKind() == JsonValueKind.String)) return Task.CompletedTask;

        schema.Type = JsonSchemaType.String;
        schema.Enum = [.. values.Where(value => value is not null)];
        return Task.CompletedTask;
    }
}
