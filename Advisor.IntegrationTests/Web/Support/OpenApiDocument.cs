using System.Net;
using System.Text.Json;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>The host's OpenAPI document, as a client fetches it.</summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi/v1.json";

    /// <summary>The document as JSON; fails unless it is served with 200.</summary>
    public static async Task<JsonElement> FetchAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync(Path);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The document's text as served; fails unless it is served with 200.</summary>
    public static async Task<string> FetchTextAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
