using System.Net;
using System.Text;
using System.Text.Json;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Requests and answers as a client sees them: JSON bodies and problem details.</summary>
public static class Http
{
    /// <summary>A JSON body.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>POSTs <paramref name="json"/>, with an Idempotency-Key when one is given.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(json) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>The body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} is not JSON ({e.Message}): {text}");
        }
    }

    /// <summary>Asserts <paramref name="status"/> and a JSON body, and returns the body.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.JsonAsync();
    }

    /// <summary>
    /// Asserts an RFC 7807 answer with <paramref name="status"/>: the problem media type, the status
    /// repeated in the body, a title and a detail a person can act on, and for a 401 the
    /// WWW-Authenticate challenge. Returns the body.
    /// </summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{(int)status} answered as {response.Content.Headers.ContentType}: {text}");
        JsonElement problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), text);
        Assert.True(problem.TryGetProperty("detail", out JsonElement detail) && !string.IsNullOrWhiteSpace(detail.GetString()), $"no detail: {text}");
        // A 401 always says which scheme to authenticate with (RFC 9110, 11.6.1).
        if (status == HttpStatusCode.Unauthorized) Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name exactly <paramref name="fields"/>, each with a message; returns the errors.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        JsonElement problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out JsonElement errors), $"no errors: {problem}");
        var named = errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal(fields.Order(StringComparer.Ordinal), named.Keys.Order(StringComparer.Ordinal));
        Assert.All(named.Values, messages => Assert.Contains(messages, m => !string.IsNullOrWhiteSpace(m)));
        return named;
    }

    /// <summary>The body without <c>traceId</c>, which differs on every answer, as compact text.</summary>
    public static string WithoutTraceId(JsonElement body) =>
        JsonSerializer.Serialize(body.EnumerateObject().Where(p => p.Name != "traceId").ToDictionary(p => p.Name, p => p.Value));

    /// <summary>True when two JSON values are equal, ignoring property order.</summary>
    public static bool SameJson(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);
}
