using System.Globalization;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using Advisor.IntegrationTests.Web.Support;
using CsvHelper;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>GET /api/me/export: everything kept about the caller, one CSV row per field, and nothing of anyone else.</summary>
public sealed class ExportTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private static readonly string[] Header = ["record", "id", "routineId", "at", "field", "value"];

    private sealed record Row(string Record, string Id, string RoutineId, string At, string Field, string Value);

    [Fact]
    public async Task The_export_is_csv_with_the_person_their_assessments_routines_and_outcomes()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.ContractExample);
        JsonElement routine = await created.JsonAsync(HttpStatusCode.Created);
        string routineId = routine.RoutineId();
        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.ContractOutcome);
        JsonElement receipt = await logged.JsonAsync(HttpStatusCode.Created);
        string outcomeId = receipt.GetProperty("outcomeId").GetString()!;

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        (string[] header, List<Row> rows) = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Header, header);

        Row self = Assert.Single(rows, r => r.Record == "person");
        Assert.Equal((person.UserId, "", "id", person.UserId), (self.Id, self.RoutineId, self.Field, self.Value));

        var assessment = rows.Where(r => r.Record == "assessment").ToArray();
        Assert.All(assessment, r => Assert.Equal((routineId, routineId), (r.Id, r.RoutineId)));
        Assert.Contains(assessment, r => r is { Field: "painPoints[0].region", Value: "lower-back" });
        Assert.Contains(assessment, r => r is { Field: "painPoints[0].severity", Value: "6" });
        Assert.Contains(assessment, r => r is { Field: "inactiveMuscles[0]", Value: "glutes" });
        Assert.Contains(assessment, r => r is { Field: "setting", Value: "desk" });
        Assert.Contains(assessment, r => r is { Field: "minutes", Value: "10" });

        var served = rows.Where(r => r.Record == "routine").ToArray();
        Assert.All(served, r => Assert.Equal((routineId, routineId), (r.Id, r.RoutineId)));
        Assert.Contains(served, r => r is { Field: "status", Value: "ok" });
        Assert.Contains(served, r => r.Field == "totalSeconds" && r.Value == routine.GetProperty("totalSeconds").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Contains(served, r => r.Field == "phases[0].items[0].exerciseId" && r.Value == routine.Ids()[0]);

        var outcome = rows.Where(r => r.Record == "outcome").ToArray();
        Assert.Equal(13, outcome.Length); // one per leaf of the contract's example outcome
        Assert.All(outcome, r =>
        {
            Assert.Equal((outcomeId, routineId), (r.Id, r.RoutineId));
            Assert.Equal(receipt.GetProperty("loggedAt").GetDateTimeOffset(), DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture));
        });
        Assert.Contains(outcome, r => r is { Field: "completed[1]", Value: "back-lift" });
        Assert.Contains(outcome, r => r is { Field: "painBefore.lower-back", Value: "6" });
        Assert.Contains(outcome, r => r is { Field: "ratings.iliopsoas-release", Value: "effortless" });
        Assert.Contains(outcome, r => r is { Field: "conditions[0]", Value: "early-fatigue" });
    }

    [Fact]
    public async Task A_newcomers_export_has_just_the_person()
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export");

        (_, List<Row> rows) = Parse(await response.Content.ReadAsStringAsync());
        Row only = Assert.Single(rows);
        Assert.Equal(("person", person.UserId), (only.Record, only.Value));
    }

    [Fact]
    public async Task The_export_holds_nothing_of_anyone_else()
    {
        using Person person = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        var others = new List<string> { other.UserId };
        foreach (Person someone in new[] { person, other })
        {
            using HttpResponseMessage created = await someone.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
            string routineId = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
            using HttpResponseMessage logged = await someone.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.Pain("neck", 3, 2));
            string outcomeId = (await logged.JsonAsync(HttpStatusCode.Created)).GetProperty("outcomeId").GetString()!;
            if (someone == other) others.AddRange([routineId, outcomeId]);
        }

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export");

        string text = await response.Content.ReadAsStringAsync();
        Assert.All(others, id => Assert.DoesNotContain(id, text, StringComparison.Ordinal));
        (_, List<Row> rows) = Parse(text);
        Assert.Equal(3, rows.Select(r => r.Record).Distinct().Count(r => r is "assessment" or "routine" or "outcome"));
    }

    [Fact]
    public async Task A_value_that_a_spreadsheet_would_run_as_a_formula_is_escaped()
    {
        using Person person = await host.NewPersonAsync();
        // The API's validation keeps formulas out of what people send, so the record is put in the
        // store directly, as data kept from elsewhere could be.
        using HttpClient anonymous = host.CreateClient();
        using HttpResponseMessage served = await anonymous.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string routineJson = await served.Content.ReadAsStringAsync();
        string routineId = (await served.JsonAsync()).RoutineId();
        const string formula = "=HYPERLINK(\"http://example.com/\",\"click\")";
        await host.Store.SaveRoutineAsync(new StoredRoutine(
            routineId, person.UserId, DateTimeOffset.UtcNow, JsonSerializer.Serialize(new { note = formula, plus = "+1", at = "@SUM(A1)" }), routineJson));

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export");

        string text = await response.Content.ReadAsStringAsync();
        (_, List<Row> rows) = Parse(text);
        Assert.Equal("'" + formula, Assert.Single(rows, r => r.Field == "note").Value);
        Assert.Equal("'+1", Assert.Single(rows, r => r.Field == "plus").Value);
        Assert.Equal("'@SUM(A1)", Assert.Single(rows, r => r.Field == "at").Value);
        Assert.DoesNotContain(rows.SelectMany(r => new[] { r.Record, r.Id, r.RoutineId, r.At, r.Field, r.Value }), v => v.Length > 0 && "=+-@\t\r".Contains(v[0]));
    }

    [Fact]
    public async Task The_export_needs_a_token()
    {
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync("/api/me/export");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>Reads the export as a spreadsheet program would, with CsvHelper's reader.</summary>
    private static (string[] Header, List<Row> Rows) Parse(string text)
    {
        using CsvReader csv = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        string[] header = csv.Headers.ToArray();
        var rows = new List<Row>();
        while (csv.Read())
        {
            rows.Add(new Row(csv.GetString("record")!, csv.GetString("id")!, csv.GetString("routineId")!, csv.GetString("at")!,
                csv.GetString("field")!, csv.GetString("value")!));
        }

        return (header, rows);
    }
}
