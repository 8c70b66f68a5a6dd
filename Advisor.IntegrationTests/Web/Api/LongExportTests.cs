using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.Data.Sqlite;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Web.Api;

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

    [Fact]
    public async Task The_csv_of_ten_thousand_outcomes_reads_as_a_stream_with_every_row_under_its_header()
    {
        const int outcomes = 10_000, routines = 100;
        using Person person = await host.NewPersonAsync();
        DateTimeOffset start = new(2032, 5, 1, 8, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < routines; i++)
        {
            await host.Store.SaveRoutineAsync(new StoredRoutine($"csv-r{i:D3}", person.UserId, start.AddDays(i), """{"minutes":5}""",
                $$"""{"routineId":"csv-r{{i:D3}}","status":"ok"}"""));
        }

        await InsertOutcomesAsync(person.UserId, outcomes, routines, start.AddDays(routines));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/export");
        using HttpResponseMessage response = await person.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? header = await reader.ReadLineAsync();
        var records = new Dictionary<string, int>();
        // No value here holds a line break, so a line is a row; its first field names the record.
        while (await reader.ReadLineAsync() is { } line)
        {
            string record = line[..line.IndexOf(',')];
            records[record] = records.GetValueOrDefault(record) + 1;
        }

        Assert.Equal("record,id,routineId,at,field,value", header);
        Assert.Equal(1, records["person"]);
        Assert.Equal(routines, records["assessment"]);
        Assert.Equal(routines * 2, records["routine"]);
        Assert.Equal(outcomes * 2, records["outcome"]);
        Assert.Equal(4, records.Count);
    }

    // Straight into the host's file in one transaction: through the store each outcome is its own
    // transaction and summary update, which at this count would take longer than the export itself.
    private async Task InsertOutcomesAsync(string person, int outcomes, int routines, DateTimeOffset from)
    {
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText =
            """
            INSERT INTO outcomes (id, person_id, routine_id, logged_at, outcome, idempotency_key, fingerprint)
            VALUES (@id, @person, @routine, @at, '{"stiffnessBefore":6,"stiffnessAfter":4}', NULL, 'f')
            """;
        SqliteParameter id = insert.Parameters.Add("@id", SqliteType.Text), routine = insert.Parameters.Add("@routine", SqliteType.Text),
            at = insert.Parameters.Add("@at", SqliteType.Integer);
        insert.Parameters.AddWithValue("@person", person);
        for (int i = 0; i < outcomes; i++)
        {
            (id.Value, routine.Value, at.Value) = ($"csv-o{i:D5}", $"csv-r{i / (outcomes / routines):D3}", from.AddMinutes(i).ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static string[] Lines(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
