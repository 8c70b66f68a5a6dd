using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Advisor.Benchmarks.Load;

/// <summary>The few API calls the untimed setup makes, and the request shapes the workers send.</summary>
public static class ApiCalls
{
    /// <summary>A request with a JSON body and, when given, a bearer token.</summary>
    public static HttpRequestMessage Post(string path, byte[] body, string? token)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Creates a person and returns their token.</summary>
    public static async Task<string> CreatePersonAsync(HttpClient client, CancellationToken cancel)
    {
        using HttpResponseMessage response = await client.PostAsync("/api/users", null, cancel);
        JsonObject answer = await ReadAsync(response, HttpStatusCode.Created, cancel);
        return (string)answer["token"]!;
    }

    /// <summary>Creates a routine for the person; returns its id and the exercise ids in it.</summary>
    public static async Task<(string RoutineId, string[] ExerciseIds)> CreateRoutineAsync(
        HttpClient client, string token, byte[] assessment, CancellationToken cancel)
    {
        using HttpRequestMessage request = Post("/api/routines", assessment, token);
        using HttpResponseMessage response = await client.SendAsync(request, cancel);
        JsonObject routine = await ReadAsync(response, HttpStatusCode.Created, cancel);
        string[] exercises = (routine["phases"]?.AsArray() ?? [])
            .SelectMany(phase => phase!["items"]!.AsArray())
            .Select(item => (string)item!["exerciseId"]!)
            .ToArray();
        return ((string)routine["routineId"]!, exercises);
    }

    /// <summary>Logs an outcome once, with a fresh idempotency key.</summary>
    public static async Task LogOutcomeAsync(HttpClient client, string token, string routineId, byte[] outcome, CancellationToken cancel)
    {
        using HttpRequestMessage request = Post($"/api/routines/{routineId}/outcomes", outcome, token);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        using HttpResponseMessage response = await client.SendAsync(request, cancel);
        await ReadAsync(response, HttpStatusCode.Created, cancel);
    }

    // Setup must succeed completely, or the timed run would measure failures instead of work.
    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancel)
    {
        string text = await response.Content.ReadAsStringAsync(cancel);
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"setup: {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
