using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>POST /api/routines with a bad document, too big a body or the wrong media type: a problem that says why, and nothing written.</summary>
public sealed class RoutineRejectionTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private const int Limit = 64 * 1024;

    public static TheoryData<string, string[]> BadAssessments => new()
    {
        { """{ "painPoints": [ { "region": "neck", "severity": 11 } ] }""", ["painPoints[0].severity"] },
        { """{ "painPoints": [ { "region": "neck", "severity": -1 } ] }""", ["painPoints[0].severity"] },
        { """{ "painPoints": [ { "region": "neck", "severity": 2.5 } ] }""", ["painPoints[0].severity"] },
        { """{ "painPoints": [ { "region": "elbows", "severity": 3 } ] }""", ["painPoints[0].region"] },
        { """{ "painPoints": [ { "severity": 3 } ] }""", ["painPoints[0].region"] },
        { """{ "painPoints": [ { "region": "neck", "severity": 3 }, { "region": "neck", "severity": 5 } ] }""", ["painPoints[1].region"] },
        { """{ "minutes": 0 }""", ["minutes"] },
        { """{ "minutes": 121 }""", ["minutes"] },
        { """{ "mood": "grumpy" }""", ["mood"] },
        { """{ "painPoints": [ { "region": "neck", "severity": 3, "side": "left" } ] }""", ["painPoints[0].side"] },
        { """{ "minutes": "ten" }""", ["minutes"] },
        { """{ "setting": 3 }""", ["setting"] },
        { """{ "painPoints": { "region": "neck" } }""", ["painPoints"] },
        { """{ "painPoints": [ { "region": "neck", "severity": 3, "fullRangePainful": "yes" } ] }""", ["painPoints[0].fullRangePainful"] },
        { """{ "conditions": "sensitized" }""", ["conditions"] },
        { """{ "conditions": [ "sensitized", "sensitized" ] }""", ["conditions[1]"] },
        { """{ "equipment": [ "kettlebell" ] }""", ["equipment[0]"] },
        { """{ "setting": "office", "day": "someday" }""", ["setting", "day"] },
        { """{ "minutes": 10, "minutes": 20 }""", ["minutes"] },
        { """[ "not", "an", "object" ]""", ["$"] },
        { """{ "minutes": 10 """, ["$"] },
        { """{ minutes: 10 }""", ["$"] },
        { "", ["$"] },
        // Everything wrong at once: each field is named, so a person fixes the document in one go.
        {
            """{ "painPoints": [ { "region": "neck", "severity": 11 }, { "region": "elbows", "severity": 3 } ], "minutes": 0, "mood": 1, "setting": 3 }""",
            ["painPoints[0].severity", "painPoints[1].region", "minutes", "mood", "setting"]
        },
    };

    [Theory]
    [MemberData(nameof(BadAssessments))]
    public async Task A_bad_assessment_is_400_naming_each_field_and_nothing_is_written(string json, string[] fields)
    {
        using Person person = await host.NewPersonAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", json);

        await response.ValidationProblemAsync(fields);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task An_anonymous_bad_assessment_is_400_as_well()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostJsonAsync("/api/routines", """{ "painPoints": [ { "region": "neck", "severity": 11 } ] }""");

        var errors = await response.ValidationProblemAsync("painPoints[0].severity");
        Assert.Contains(errors["painPoints[0].severity"], m => m.Contains("11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_of_exactly_64_KiB_is_accepted()
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage response = await person.Client.PostAsync("/api/routines", Http.Json(Padded(Limit)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_413_and_nothing_is_written()
    {
        using Person person = await host.NewPersonAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();
        using StringContent content = Http.Json(Padded(Limit + 1));

        using HttpResponseMessage response = await person.Client.PostAsync("/api/routines", content);

        Assert.Equal(Limit + 1, content.Headers.ContentLength);
        AssertNamesTheLimit(await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Theory]
    [InlineData(Limit + 1, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(Limit, HttpStatusCode.Created)]
    public async Task A_chunked_body_with_no_length_is_held_to_the_same_limit(int bytes, HttpStatusCode status)
    {
        // A second host over the same file records how the body reached the server.
        var framing = new BodyFraming();
        await using WebApplicationFactory<Program> recorded = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(framing)));
        using HttpClient client = recorded.CreateClient();
        using Person person = await host.NewPersonAsync();
        client.DefaultRequestHeaders.Authorization = person.Client.DefaultRequestHeaders.Authorization;
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await client.SendAsync(BodyFraming.Chunked("/api/routines", Encoding.UTF8.GetBytes(Padded(bytes))));

        Assert.Equal(("/api/routines", (long?)null, "chunked"), Assert.Single(framing.Seen));
        if (status == HttpStatusCode.Created)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        AssertNamesTheLimit(await response.ProblemAsync(status));
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_body_that_is_not_json_is_415_and_nothing_is_written(string mediaType)
    {
        using Person person = await host.NewPersonAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await person.Client.PostAsync("/api/routines", new StringContent(Documents.DeskNeck, Encoding.UTF8, mediaType));

        AssertNamesTheMediaType(await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType), mediaType);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task A_body_with_no_content_type_is_415()
    {
        using HttpClient client = host.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Documents.DeskNeck));

        using HttpResponseMessage response = await client.PostAsync("/api/routines", content);

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/problem+json")]
    [InlineData("APPLICATION/JSON")]
    public async Task Json_media_types_are_accepted(string mediaType)
    {
        using HttpClient client = host.CreateClient();
        var content = new StringContent(Documents.DeskNeck, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);

        using HttpResponseMessage response = await client.PostAsync("/api/routines", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A valid assessment padded with spaces to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(int bytes)
    {
        const string json = """{ "minutes": 10 }""";
        return json + new string(' ', bytes - json.Length);
    }

    private static void AssertNamesTheLimit(JsonElement problem) =>
        Assert.Contains(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

    private static void AssertNamesTheMediaType(JsonElement problem, string mediaType) =>
        Assert.Contains(mediaType, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
}
