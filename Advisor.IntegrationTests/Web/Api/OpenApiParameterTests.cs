using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// The query and header parameters the endpoints read themselves are in the OpenAPI document, by the
/// names the endpoints read: a bad value of each documented one is refused with a 400 naming it.
/// </summary>
public sealed class OpenApiParameterTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task The_parameters_read_from_the_request_are_documented()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        Assert.Equal(["before", "limit"], Names(Operation(document, "/api/me/routines", "get"), "query"));
        Assert.Equal(["Idempotency-Key"], Names(Operation(document, "/api/routines/{id}/outcomes", "post"), "header"));
        string[] hours = ["days", "end", "meeting", "start", "tz"];
        Assert.Equal(hours, Names(Operation(document, "/api/routines/{id}/calendar.ics", "get"), "query"));
        Assert.Equal(hours, Names(Operation(document, "/api/calendar", "post"), "query"));
        Assert.Equal(["days", "end", "from", "interval", "meeting", "start", "tz"], Names(Operation(document, "/api/workday", "get"), "query"));
    }

    [Fact]
    public async Task A_bad_value_of_each_documented_parameter_is_refused_naming_it()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement document = await OpenApiDocument.FetchAsync(person.Client);

        var unmet = new List<string>();
        int checkedParameters = 0;
        foreach (JsonProperty path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("parameters", out JsonElement parameters)) continue;
                foreach (JsonElement parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() is "query" or "header"))
                {
                    string name = parameter.GetProperty("name").GetString()!;
                    using HttpRequestMessage request = BadRequest(operation.Name, path.Name.Replace("{id}", "r1"), parameter, parameters);
                    using HttpResponseMessage answer = await person.Client.SendAsync(request);
                    string body = await answer.Content.ReadAsStringAsync();
                    checkedParameters++;
                    if (answer.StatusCode != HttpStatusCode.BadRequest || !NamesField(body, name))
                        unmet.Add($"{operation.Name.ToUpperInvariant()} {path.Name} with a bad {name}: {(int)answer.StatusCode} {body}");
                }
            }
        }

        Assert.True(checkedParameters >= 10, $"only {checkedParameters} parameters were documented");
        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
    }

    // The parameter under test gets a value no reader accepts; the other required ones get good values,
    // so the 400 can only be about this one.
    private static HttpRequestMessage BadRequest(string method, string path, JsonElement parameter, JsonElement all)
    {
        string name = parameter.GetProperty("name").GetString()!;
        var query = new List<string>();
        foreach (JsonElement other in all.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
        {
            string otherName = other.GetProperty("name").GetString()!;
            if (otherName == name) query.Add($"{name}=x!");
            else if (other.TryGetProperty("required", out JsonElement required) && required.GetBoolean()) query.Add($"{otherName}=20");
        }

        var request = new HttpRequestMessage(new HttpMethod(method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        if (parameter.GetProperty("in").GetString() == "header")
            request.Headers.Add(name, new string('k', parameter.GetProperty("schema").GetProperty("maxLength").GetInt32() + 1));
        return request;
    }

    private static bool NamesField(string body, string name)
    {
        using JsonDocument problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("errors", out JsonElement errors) && errors.TryGetProperty(name, out _);
    }

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static string[] Names(JsonElement operation, string location) =>
        operation.TryGetProperty("parameters", out JsonElement parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location).Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)]
            : [];
}
