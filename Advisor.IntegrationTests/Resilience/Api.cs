using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>A person the tests created through the API.</summary>
public sealed record Person(string UserId, string Token);

/// <summary>The few API calls the resilience tests make, and what every error answer must look like.</summary>
public static class Api
{
    /// <summary>A valid assessment: inactive glutes and a sore lower back at home.</summary>
    public const string Assessment = """
        {"painPoints":[{"region":"lower-back","severity":4}],"inactiveMuscles":["glutes"],"setting":"home","day":"workday","minutes":10}
        """;

    /// <summary>A valid outcome.</summary>
    public const string Outcome = """
        {"completed":["back-lift"],"painBefore":{"lower-back":6},"painAfter":{"lower-back":4},"focusBefore":4,"focusAfter":6,"ratings":{"back-lift":"right"}}
        """;

    /// <summary>POST /api/users.</summary>
    public static async Task<Person> CreatePersonAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.PostAsync("api/users", null);
        JsonElement body = await ExpectAsync(response, HttpStatusCode.Created, "POST /api/users");
        return new Person(body.GetProperty("userId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <summary>POST /api/routines with the person's token: the stored routine's id.</summary>
    public static async Task<string> CreateRoutineAsync(HttpClient client, Person person, string assessment = Assessment)
    {
        using HttpRequestMessage request = Json(HttpMethod.Post, "api/routines", assessment, person.Token);
        using HttpResponseMessage response = await client.SendAsync(request);
        JsonElement body = await ExpectAsync(response, HttpStatusCode.Created, "POST /api/routines");
        return body.GetProperty("routineId").GetString()!;
    }

    /// <summary>POST /api/routines/{id}/outcomes, with an Idempotency-Key when one is given.</summary>
    public static HttpRequestMessage LogOutcome(Person person, string routineId, string outcome, string? key)
    {
        HttpRequestMessage request = Json(HttpMethod.Post, $"api/routines/{routineId}/outcomes", outcome, person.Token);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    /// <summary>GET with the person's token.</summary>
    public static HttpRequestMessage Get(string path, Person person)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", person.Token);
        return request;
    }

    /// <summary>A request with a JSON body and, optionally, a bearer token.</summary>
    public static HttpRequestMessage Json(HttpMethod method, string path, string json, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>The JSON body of a response that must have <paramref name="status"/>; the failure shows what came instead.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {Shorten(text)}");
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Null when <paramref name="response"/> is a problem detail (application/problem+json whose
    /// status is the response's and whose title is not empty); otherwise what is wrong with it.
    /// </summary>
    public static string? ProblemFault(HttpResponseMessage response, string body)
    {
        string? media = response.Content.Headers.ContentType?.MediaType;
        if (media != "application/problem+json") return $"the content type is {media ?? "missing"}, not application/problem+json";
        try
        {
            using JsonDocument problem = JsonDocument.Parse(body);
            JsonElement root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "the problem is not a JSON object";
            if (!root.TryGetProperty("status", out JsonElement status) || !status.TryGetInt32(out int code) || code != (int)response.StatusCode)
                return $"the problem's status does not match the response's {(int)response.StatusCode}";
            if (!root.TryGetProperty("title", out JsonElement title) || string.IsNullOrWhiteSpace(title.GetString()))
                return "the problem has no title";
            return null;
        }
        catch (JsonException e)
        {
            return $"the problem is not JSON: {e.Message}";
        }
    }

    /// <summary>The start of a response body, for failure messages.</summary>
    public static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
