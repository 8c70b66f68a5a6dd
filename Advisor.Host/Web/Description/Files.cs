using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// An answer that is not JSON (the CSV and zip exports, the iCalendar files) is a file: its schema
/// says binary, so a generated client hands over the bytes as they came instead of reading them as
/// a JSON string (text/csv) or as base64 (a byte[] is documented as format byte, which the zip is not).
/// </summary>
public sealed class Files : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach ((string status, IOpenApiResponse response) in operation.Responses ?? [])
        {
            if (!status.StartsWith('2') || response.Content is null) continue;
            foreach ((string mediaType, OpenApiMediaType content) in response.Content)
            {
                if (!IsJson(mediaType)) content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
