using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>The OpenAPI document at /openapi/v1.json: what a generated client needs beyond what the endpoints describe.</summary>
public static class ApiDocument
{
    /// <summary>Adds the document with its description, the bearer scheme, and servers as the linter wants them.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "RoutineAdvisor";
                document.Info.Description = "Turns a self-assessment into a prioritized routine of small, precise movements, each saying "
                    + "which rules put it there and which guideline (G1 to G42) each rule encodes. Anonymous calls store nothing; "
                    + "a person created with POST /api/users logs how each routine went with their bearer token, and their next "
                    + "routine reads that history. Every error is a problem details document (application/problem+json).";
                document.Info.Contact = new OpenApiContact { Name = "RoutineAdvisor" };
                // The servers come from the request's address, which ends in a slash that would double
                // up before every path a client joins to it.
                foreach (OpenApiServer server in document.Servers ?? [])
                {
                    if (server.Url is { Length: > 1 } url) server.Url = url.TrimEnd('/');
                }

                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerScheme>();
            options.AddOperationTransformer<BearerRequirement>();
            options.AddOperationTransformer<RetryAfter>();
            options.AddOperationTransformer<Files>();
            options.AddSchemaTransformer<StringEnums>();
            options.AddSchemaTransformer<NullsLeftOut>();
            options.CreateSchemaReferenceId = SchemaNames.Of;
        });
}
