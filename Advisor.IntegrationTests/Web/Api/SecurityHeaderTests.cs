using System.Net;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>Every answer carries the security headers, errors included; personal data is never cached; HSTS only over HTTPS.</summary>
public sealed class SecurityHeaderTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    public static TheoryData<string, string, int> Answers => new()
    {
        { "GET", "/api/exercises", 200 },
        { "POST", "/api/users", 201 },
        { "GET", "/api/me/routines", 401 },
        { "GET", "/api/nowhere", 404 },
        { "PUT", "/api/exercises", 405 },
        { "GET", "/healthz", 200 },
        { "GET", "/openapi/v1.json", 200 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_has_the_headers(string method, string path, int status)
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_policy_allows_no_inline_script_and_no_framing()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/api/exercises");

        string policy = Header(response, "Content-Security-Policy");
        string scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scripts, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_is_not_stored_by_any_cache()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string routineId = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();

        foreach (string path in new[] { $"/api/routines/{routineId}", "/api/me/routines", "/api/me/progress", "/api/me/export" })
        {
            using HttpResponseMessage response = await person.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"GET {path}: Cache-Control is '{response.Headers.CacheControl}'");
        }

        Assert.True(created.Headers.CacheControl?.NoStore == true, $"POST /api/routines: Cache-Control is '{created.Headers.CacheControl}'");
    }

    [Fact]
    public async Task HSTS_is_sent_over_HTTPS_and_not_over_plain_HTTP()
    {
        using HttpClient secure = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://advisor.example/") });
        using HttpClient plain = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://advisor.example/") });

        using HttpResponseMessage overHttps = await secure.GetAsync("/api/exercises");
        using HttpResponseMessage overHttp = await plain.GetAsync("/api/exercises");

        Assert.StartsWith("max-age=", Header(overHttps, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{name} is missing from {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
