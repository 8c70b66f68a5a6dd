using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using Advisor.Tests.Web.Support;

namespace Advisor.Tests.Web.Api;

/// <summary>Exports of a long history: read from the store as they are written, every record once, oldest first.</summary>
public sealed class LongExportTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private const int Routines = 2_000;

    [Fact]
    public async Task The_json_and_the_tables_of_thousands_of_routines_hold_each_once_in_order()
    {
        using Person person = await host.NewPersonAsync();
        DateTimeOffset start = new(2031, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var ids = new List<string>();
        for (int i = 0; i < Routines; i++)
        {
            string id = $"r{i:D5}";
            ids.Add(id);
            await host.Store.SaveRoutineAsync(new StoredRoutine(id, person.UserId, start.AddHours(i), """{"minutes":5}""",
                $$"""{"routineId":"{{id}}","status":"ok","totalSeconds":300,"phases":[{"phase":"release","items":[{"exerciseId":"cat-cow","name":"Cat-cow","seconds":60}]}]}"""));
            if (i % 2 == 0)
                await host.Store.SaveOutcomeAsync(person.UserId, new NewOutcome($"o{i:D5}", id, start.AddHours(i).AddMinutes(10),
                    """{"ratings":{"cat-cow":"right"}}""", null, "f"));
        }

        using HttpResponseMessage json = await person.Client.GetAsync("/api/me/export.json");
        JsonElement records = await json.JsonAsync(HttpStatusCode.OK);
        using HttpResponseMessage zipped = await person.Client.GetAsync("/api/me/export.zip");
        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        using var zip = new ZipArchive(await zipped.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        Assert.Equal(ids, records.GetProperty("routines").EnumerateArray().Select(r => r.GetProperty("routineId").GetString()));
        Assert.Equal(Routines / 2, records.GetProperty("outcomes").GetArrayLength());
        Assert.Equal("right", records.GetProperty("outcomes")[0].GetProperty("outcome").GetProperty("ratings").GetProperty("cat-cow").GetString());
        string[] routineRows = Lines(zip, "routines.csv");
        Assert.Equal(Routines + 1, routineRows.Length);
        Assert.Equal(ids, routineRows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.Equal(Routines / 2, routineRows.Count(r => r.EndsWith(",true", StringComparison.Ordinal)));
        Assert.Equal(Routines + 1, Lines(zip, "movements.csv").Length);
        Assert.Equal(Routines / 2 + 1, Lines(zip, "outcomes.csv").Length);
        Assert.Equal(Routines / 2 + 1, Lines(zip, "ratings.csv").Length);
    }

    private static string[] Lines(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
