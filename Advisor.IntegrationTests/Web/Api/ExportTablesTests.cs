using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>The export a spreadsheet opens: a zip of CSV tables, one row per record, one column per field; and the same records as JSON.</summary>
public sealed class ExportTablesTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task The_zip_holds_a_table_per_kind_of_record_with_a_row_per_record()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement routine = await (await person.Client.PostJsonAsync("/api/routines", Documents.ContractExample)).JsonAsync(HttpStatusCode.Created);
        string[] ids = [.. routine.Ids()];
        string outcome = JsonSerializer.Serialize(new
        {
            completed = ids.Take(1),
            painBefore = new Dictionary<string, int> { ["lower-back"] = 6 },
            painAfter = new Dictionary<string, int> { ["lower-back"] = 4 },
            stiffnessBefore = 7, stiffnessAfter = 5, energyBefore = 4, energyAfter = 6,
            ratings = new Dictionary<string, string> { [ids[0]] = "right" },
        });
        (await person.Client.PostJsonAsync($"/api/routines/{routine.RoutineId()}/outcomes", outcome)).EnsureSuccessStatusCode();

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["movements.csv", "outcomes.csv", "ratings.csv", "routines.csv"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        var routines = Table(zip, "routines.csv");
        Assert.Equal(routine.RoutineId(), Assert.Single(routines)["routineId"]);
        Assert.Equal("desk", routines[0]["setting"]);
        Assert.Equal("true", routines[0]["logged"]);

        var movements = Table(zip, "movements.csv");
        Assert.Equal(ids, movements.Select(m => m["exerciseId"]));
        Assert.All(movements, m => Assert.False(string.IsNullOrEmpty(m["sets"])));

        var outcomes = Table(zip, "outcomes.csv");
        var row = Assert.Single(outcomes);
        Assert.Equal(("7", "5", "4", "6", "", ""), (row["stiffnessBefore"], row["stiffnessAfter"], row["energyBefore"], row["energyAfter"], row["focusBefore"], row["focusAfter"]));
        Assert.Equal(("6", "4"), (row["painBefore.lower-back"], row["painAfter.lower-back"]));
        Assert.Equal("", row["painBefore.neck"]);
        Assert.Equal(ids[0], row["completed"]);

        var rating = Assert.Single(Table(zip, "ratings.csv"));
        Assert.Equal((ids[0], "right"), (rating["exerciseId"], rating["rating"]));
    }

    [Fact]
    public async Task The_json_export_holds_each_routine_with_its_assessment_and_each_outcome()
    {
        using Person person = await host.NewPersonAsync();
        JsonElement routine = await (await person.Client.PostJsonAsync("/api/routines", Documents.Knees)).JsonAsync(HttpStatusCode.Created);
        (await person.Client.PostAsync($"/api/routines/{routine.RoutineId()}/start", null)).EnsureSuccessStatusCode();

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export.json");

        JsonElement records = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(person.UserId, records.GetProperty("personId").GetString());
        JsonElement stored = Assert.Single(records.GetProperty("routines").EnumerateArray());
        Assert.Equal(routine.RoutineId(), stored.GetProperty("routineId").GetString());
        Assert.Equal("knees", stored.GetProperty("assessment").GetProperty("painPoints")[0].GetProperty("region").GetString());
        Assert.True(stored.TryGetProperty("startedAt", out _), $"the start is missing: {stored}");
        Assert.Empty(records.GetProperty("outcomes").EnumerateArray());
    }

    [Fact]
    public async Task Exports_need_a_token()
    {
        using HttpClient anonymous = host.CreateClient();

        foreach (string path in new[] { "/api/me/export.zip", "/api/me/export.json" })
        {
            using HttpResponseMessage response = await anonymous.GetAsync(path);
            await response.ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    /// <summary>A CSV table as rows keyed by the header; quoted fields may hold commas.</summary>
    private static List<Dictionary<string, string>> Table(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        string[] lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] header = Fields(lines[0]);
        return [.. lines.Skip(1).Select(line => header.Zip(Fields(line)).ToDictionary(p => p.First, p => p.Second))];
    }

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
