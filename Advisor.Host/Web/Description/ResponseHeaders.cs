using System.Globalization;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>The headers of an answer that a client acts on, such as the Location of what a 201 made or the Link to the next page.</summary>
public static class ResponseHeaders
{
    /// <summary>Documents that the <paramref name="status"/> answer of <paramref name="endpoint"/> carries the header <paramref name="name"/>.</summary>
    public static TBuilder WithResponseHeader<TBuilder>(this TBuilder endpoint, int status, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (!Add(operation, status, name, description, JsonSchemaType.String))
                throw new InvalidOperationException($"{operation.OperationId} documents no {status} answer to carry {name}.");
            return Task.CompletedTask;
        });

    /// <summary>Adds the header to the operation's <paramref name="status"/> answer; false when it documents none.</summary>
    public static bool Add(OpenApiOperation operation, int status, string name, string description, JsonSchemaType type)
    {
        if (operation.Responses?.TryGetValue(status.ToString(CultureInfo.InvariantCulture), out IOpenApiResponse? response) != true
            || response is not OpenApiResponse answer)
            return false;
        answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
        answer.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
        return true;
    }
}
