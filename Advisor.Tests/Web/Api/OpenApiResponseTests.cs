using System.Net;
using System.Text.Json;
using Advisor.Tests.Web.Support;

namespace Advisor.Tests.Web.Api;

/// <summary>The OpenAPI document says what the endpoints really answer, so a generated client can rely on it.</summary>
public sealed class OpenApiResponseTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task Creating_a_user_is_documented_as_the_201_it_answers()
    {
        using HttpClient client = host.CreateClient();
        using HttpResponseMessage created = await client.PostAsync("/api/users", null);

        JsonElement operation = await OperationAsync(client, "/api/users", "post");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["201"], Statuses(operation));
        Assert.Equal("CreateUser", operation.GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task Reading_a_routine_documents_its_401_and_404()
    {
        using HttpClient client = host.CreateClient();

        JsonElement operation = await OperationAsync(client, "/api/routines/{id}", "get");

        Assert.Equal(["200", "401", "404"], Statuses(operation));
        Assert.Equal("GetRoutine", operation.GetProperty("operationId").GetString());
    }

    private static async Task<JsonElement> OperationAsync(HttpClient client, string path, string method)
    {
        using HttpResponseMessage response = await client.GetAsync("/openapi/v1.json");
        JsonElement document = await response.JsonAsync(HttpStatusCode.OK);
        return document.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
    }

    private static string[] Statuses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();
}
