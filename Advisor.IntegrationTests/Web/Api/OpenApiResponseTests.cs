using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

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
        Assert.Equal(["201"], Statuses(operation).Where(status => status.StartsWith('2')));
        Assert.Equal("CreateUser", operation.GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task Reading_a_routine_documents_its_401_404_429_and_503()
    {
        using HttpClient client = host.CreateClient();

        JsonElement operation = await OperationAsync(client, "/api/routines/{id}", "get");

        // 429 from the rate limiter, 503 from a busy store.
        Assert.Equal(["200", "401", "404", "429", "503"], Statuses(operation));
        Assert.Equal("GetRoutine", operation.GetProperty("operationId").GetString());
    }

    [Theory]
    [InlineData("/healthz", "GetLiveness", new[] { "200" })]
    [InlineData("/readyz", "GetReadiness", new[] { "200", "503" })]
    public async Task The_health_probes_are_documented_with_the_report_they_answer(string path, string name, string[] statuses)
    {
        using HttpClient client = host.CreateClient();
        using HttpResponseMessage probe = await client.GetAsync(path);
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out JsonElement item), $"{path} is not in the document");
        JsonElement operation = item.GetProperty("get");
        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.Equal(statuses, Statuses(operation));
        Assert.Contains(((int)probe.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), statuses);
        foreach (string status in statuses)
        {
            JsonElement schema = Resolve(document, operation.GetProperty("responses").GetProperty(status)
                .GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            Assert.Equal(["checks", "status"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            JsonElement check = Resolve(document, schema.GetProperty("properties").GetProperty("checks").GetProperty("additionalProperties"));
            Assert.Equal(["data", "description", "status"], check.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Every_operation_is_named_summed_up_and_documents_its_errors_as_problems()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        var unmet = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string method, string path, JsonElement operation) in Operations(document))
        {
            string where = $"{method.ToUpperInvariant()} {path}";
            string? name = operation.TryGetProperty("operationId", out JsonElement id) ? id.GetString() : null;
            if (name is null || !char.IsUpper(name[0]) || !name.All(char.IsLetter)) unmet.Add($"{where}: operationId '{name}' is not a PascalCase name");
            else if (!names.Add(name)) unmet.Add($"{where}: operationId '{name}' is used twice");
            string? summary = operation.TryGetProperty("summary", out JsonElement s) ? s.GetString() : null;
            if (string.IsNullOrWhiteSpace(summary) || summary.Contains('\n')) unmet.Add($"{where}: no one-line summary");
            if (!operation.TryGetProperty("tags", out JsonElement tags) || tags.GetArrayLength() != 1) unmet.Add($"{where}: not one tag");
            // The health probes answer with their report, 503 included, and are not limited (see the test above).
            if (IsProbe(path)) continue;
            // The rate limiter stands in front of every other operation, so each can answer at least 429.
            string[] statuses = Statuses(operation);
            if (!statuses.Any(status => status.StartsWith('4'))) unmet.Add($"{where}: no 4xx");
            foreach (JsonProperty error in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                if (!error.Value.TryGetProperty("content", out JsonElement content) || !content.TryGetProperty("application/problem+json", out _))
                    unmet.Add($"{where}: {error.Name} has no application/problem+json body");
            }
        }

        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
    }

    [Fact]
    public async Task The_operations_that_refuse_a_bad_token_are_those_documented_with_401_and_the_bearer_scheme()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);
        JsonElement scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var unmet = new List<string>();
        using HttpClient refused = host.ClientWith("ra_not_a_token_anyone_was_given");
        foreach ((string method, string path, JsonElement operation) in Operations(document))
        {
            string where = $"{method.ToUpperInvariant()} {path}";
            using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", "r1").Replace("{outcomeId}", "o1"));
            using HttpResponseMessage answer = await refused.SendAsync(request);
            bool answers401 = answer.StatusCode == HttpStatusCode.Unauthorized;
            bool documents401 = Statuses(operation).Contains("401");
            if (answers401 != documents401) unmet.Add($"{where}: answers {(int)answer.StatusCode} to a refused token, documents 401: {documents401}");
            bool bearer = operation.TryGetProperty("security", out JsonElement security)
                && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("bearer", out _));
            if (documents401 != bearer) unmet.Add($"{where}: documents 401: {documents401}, carries the bearer requirement: {bearer}");
        }

        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
    }

    [Fact]
    public async Task The_headers_a_client_acts_on_are_documented_on_the_answers_that_send_them()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement document = await OpenApiDocument.FetchAsync(person.Client);
        using HttpResponseMessage first = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        using HttpResponseMessage second = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        using HttpResponseMessage page = await person.Client.GetAsync("/api/me/routines?limit=1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.NotNull(first.Headers.Location);
        Assert.True(page.Headers.Contains("Link"));
        var unmet = new List<string>();
        foreach ((string method, string path, JsonElement operation) in Operations(document).Where(o => !IsProbe(o.Path)))
        {
            foreach (JsonProperty response in operation.GetProperty("responses").EnumerateObject())
            {
                // A 201 always says where the new thing is; a 429 or 503 always says when to try again.
                // The probes' 503 names no time: a prober asks again on its own schedule.
                string? header = response.Name switch { "201" => "Location", "429" or "503" => "Retry-After", _ => null };
                if (header is not null && !Headers(response.Value).Contains(header))
                    unmet.Add($"{method.ToUpperInvariant()} {path}: {response.Name} does not document {header}");
            }
        }

        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
        Assert.Contains("Link", Headers(document.GetProperty("paths").GetProperty("/api/me/routines").GetProperty("get").GetProperty("responses").GetProperty("200")));
    }

    [Fact]
    public async Task The_workday_slots_have_a_schema_of_their_own_and_no_schema_is_named_after_a_dotnet_type()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        string reference = document.GetProperty("paths").GetProperty("/api/workday").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        JsonElement schemas = document.GetProperty("components").GetProperty("schemas");
        JsonElement slots = schemas.GetProperty(reference.Split('/')[^1]);

        Assert.True(slots.GetProperty("properties").TryGetProperty("slots", out _), $"{reference} is {slots}");
        Assert.True(schemas.GetProperty("Day").TryGetProperty("enum", out _), "the assessment's day is no longer its enum");
        // A stored assessment is any JSON, inline, not a JsonElement a client would make a class of.
        Assert.False(schemas.TryGetProperty("JsonElement", out _));
    }

    [Fact]
    public async Task The_answers_that_are_not_json_are_documented_as_files()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        var files = new List<string>();
        foreach ((string method, string path, JsonElement operation) in Operations(document))
        {
            foreach (JsonProperty answer in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] == '2'))
            {
                if (!answer.Value.TryGetProperty("content", out JsonElement content)) continue;
                foreach (JsonProperty media in content.EnumerateObject().Where(m => !m.Name.EndsWith("json", StringComparison.Ordinal)))
                {
                    JsonElement schema = media.Value.GetProperty("schema");
                    string format = schema.TryGetProperty("format", out JsonElement f) ? f.GetString()! : "(none)";
                    files.Add($"{method.ToUpperInvariant()} {path} {media.Name}: {schema.GetProperty("type")} {format}");
                }
            }
        }

        // A generated client reads a string schema as JSON and a byte format as base64; binary is the bytes as sent.
        Assert.Equal(
            [
                "GET /api/me/export text/csv: string binary",
                "GET /api/me/export.zip application/zip: string binary",
                "GET /api/routines/{id}/calendar.ics text/calendar: string binary",
                "POST /api/calendar text/calendar: string binary",
            ],
            files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_enum_is_documented_as_strings_and_nothing_that_may_be_null_is_required()
    {
        using HttpClient client = host.CreateClient();
        JsonElement document = await OpenApiDocument.FetchAsync(client);

        var unmet = new List<string>();
        foreach (JsonProperty schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            // Without a type a generated client sends the kebab-case values as numbers.
            if (schema.Value.TryGetProperty("enum", out JsonElement values)
                && (!schema.Value.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String || type.GetString() != "string"
                    || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)))
                unmet.Add($"{schema.Name}: an enum that is not of strings only");
            // The API leaves nulls out, so a generated client must not expect them.
            if (!schema.Value.TryGetProperty("required", out JsonElement required)) continue;
            foreach (string name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                JsonElement property = schema.Value.GetProperty("properties").GetProperty(name);
                if (property.TryGetProperty("type", out JsonElement types) && types.ValueKind == JsonValueKind.Array
                    && types.EnumerateArray().Any(t => t.GetString() == "null"))
                    unmet.Add($"{schema.Name}.{name}: required but may be null, and the API leaves nulls out");
            }
        }

        Assert.True(unmet.Count == 0, string.Join('\n', unmet));
    }

    private static bool IsProbe(string path) => path is "/healthz" or "/readyz";

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out JsonElement reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static string[] Headers(JsonElement response) =>
        response.TryGetProperty("headers", out JsonElement headers) ? [.. headers.EnumerateObject().Select(h => h.Name)] : [];

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (operation.Name, path.Name, operation.Value)));

    private static async Task<JsonElement> OperationAsync(HttpClient client, string path, string method)
    {
        JsonElement document = await OpenApiDocument.FetchAsync(client);
        return document.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
    }

    private static string[] Statuses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();
}
