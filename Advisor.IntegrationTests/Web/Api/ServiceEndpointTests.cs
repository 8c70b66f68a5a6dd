using System.Net;
using System.Text.Json;
using Advisor.Host.Web.Endpoints;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>What surrounds the API: health, the OpenAPI document, the page, and answers for addresses and methods that do not exist.</summary>
public sealed class ServiceEndpointTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task Healthz_is_liveness_and_checks_nothing_else()
    {
        JsonElement health = await HealthyAsync("/healthz");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Empty(health.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Readyz_checks_the_store_and_says_which()
    {
        JsonElement health = await HealthyAsync("/readyz");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        JsonElement store = health.GetProperty("checks").GetProperty("store");
        Assert.Equal("healthy", store.GetProperty("status").GetString());
        Assert.Equal("sqlite", store.GetProperty("data").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Readyz_answers_503_with_the_report_when_a_readiness_check_fails()
    {
        await using WebApplicationFactory<Program> failing = host.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddHealthChecks().AddCheck("broken", () => HealthCheckResult.Unhealthy("It broke."), tags: [HealthEndpoints.Ready])));
        using HttpClient client = failing.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/readyz");

        JsonElement health = await response.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        JsonElement broken = health.GetProperty("checks").GetProperty("broken");
        Assert.Equal("unhealthy", broken.GetProperty("status").GetString());
        Assert.Equal("It broke.", broken.GetProperty("description").GetString());
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Starting_the_host_migrated_its_store()
    {
        var tables = await host.Database.TablesAsync();

        Assert.Equal(["history_summaries", "outcomes", "people", "person_layers", "routine_starts", "routines", "schema_migrations"], tables);
        Assert.Equal(Advisor.Storage.Sql.Migrations.All.Count, await host.Database.CountAsync("schema_migrations"));
    }

    [Fact]
    public async Task The_openapi_document_lists_every_path()
    {
        using HttpClient client = host.CreateClient();

        JsonElement document = await OpenApiDocument.FetchAsync(client);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name.TrimEnd('/'), p => p.Value);
        var expected = new (string Path, string Method)[]
        {
            ("/api/users", "post"),
            ("/api/routines", "post"),
            ("/api/routines/{id}", "get"),
            ("/api/routines/{id}/outcomes", "post"),
            ("/api/me/routines", "get"),
            ("/api/me/progress", "get"),
            ("/api/me/export", "get"),
            ("/api/me", "delete"),
            ("/api/exercises", "get"),
            ("/api/rules", "get"),
        };
        Assert.All(expected, e =>
        {
            Assert.True(paths.TryGetValue(e.Path, out JsonElement path), $"{e.Path} is missing from {string.Join(", ", paths.Keys)}");
            Assert.True(path.TryGetProperty(e.Method, out _), $"{e.Method} {e.Path} is missing");
        });
    }

    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_problem_that_points_at_the_api_list()
    {
        JsonElement problem = await ProblemAsync(HttpMethod.Get, "/api/nothing-here", HttpStatusCode.NotFound);

        Assert.Contains("/openapi/v1.json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_the_address_does_not_take_is_a_405_problem()
    {
        JsonElement problem = await ProblemAsync(HttpMethod.Delete, "/api/exercises", HttpStatusCode.MethodNotAllowed);

        Assert.Contains("DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The report of a health endpoint that answers 200.</summary>
    private async Task<JsonElement> HealthyAsync(string path)
    {
        using HttpClient client = host.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The problem the host answers <paramref name="method"/> <paramref name="path"/> with, as <paramref name="status"/>.</summary>
    private async Task<JsonElement> ProblemAsync(HttpMethod method, string path, HttpStatusCode status)
    {
        using HttpClient client = host.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        using HttpResponseMessage response = await client.SendAsync(request);
        return await response.ProblemAsync(status);
    }
}
