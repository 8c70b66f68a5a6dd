using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>DELETE /api/me: the person and everything of theirs is erased, the token stops working, and no one else is touched.</summary>
public sealed class DeletionTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task Erasing_oneself_is_204_and_leaves_no_row_of_the_person_in_any_table()
    {
        using Person person = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        string[] mine = await HistoryAsync(person);
        await HistoryAsync(other);
        var tables = await host.Database.TablesAsync();
        Assert.Contains("people", tables);
        foreach (string id in mine) Assert.NotEmpty(await host.Database.WhereContainsAsync(id));

        using HttpResponseMessage response = await person.Client.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        foreach (string id in mine) Assert.Empty(await host.Database.WhereContainsAsync(id));
        Assert.Empty(await host.Database.WhereContainsAsync(person.UserId));
    }

    [Fact]
    public async Task Afterwards_nothing_of_the_person_can_be_read_from_the_database_files()
    {
        using Person person = await host.NewPersonAsync();
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string routineId = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
        // A value only this person ever sent: if its bytes are anywhere in the files, so is their record.
        string mark = $"erase-me-{Guid.NewGuid():n}";
        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.Pain("neck", 3, 2), mark);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.True(FilesHold(mark), "the logged value should be in the database files before the erasure");

        using HttpResponseMessage response = await person.Client.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(FilesHold(mark), "an erased person's idempotency key can still be read from the database files");
        Assert.False(FilesHold(person.UserId), "an erased person's id can still be read from the database files");
        Assert.False(FilesHold(routineId), "an erased person's routine id can still be read from the database files");
    }

    [Fact]
    public async Task Afterwards_the_token_is_401_everywhere()
    {
        using Person person = await host.NewPersonAsync();
        string[] mine = await HistoryAsync(person);
        using HttpResponseMessage deleted = await person.Client.DeleteAsync("/api/me");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        foreach (HttpRequestMessage request in new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/api/me/progress"),
            new HttpRequestMessage(HttpMethod.Get, "/api/me/routines"),
            new HttpRequestMessage(HttpMethod.Get, "/api/me/export"),
            new HttpRequestMessage(HttpMethod.Get, $"/api/routines/{mine[0]}"),
            new HttpRequestMessage(HttpMethod.Post, "/api/routines") { Content = Http.Json(Documents.DeskNeck) },
            new HttpRequestMessage(HttpMethod.Post, $"/api/routines/{mine[0]}/outcomes") { Content = Http.Json("{}") },
            new HttpRequestMessage(HttpMethod.Delete, "/api/me"),
        })
        {
            using HttpResponseMessage response = await person.Client.SendAsync(request);
            await response.ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Another_persons_data_is_untouched()
    {
        using Person person = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        await HistoryAsync(person);
        string[] theirs = await HistoryAsync(other);
        string progressBefore = await TextAsync(other, "/api/me/progress");
        string exportBefore = await TextAsync(other, "/api/me/export");
        long outcomesBefore = await host.Database.OutcomesOfAsync(other.UserId);

        using HttpResponseMessage deleted = await person.Client.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(progressBefore, await TextAsync(other, "/api/me/progress"));
        Assert.Equal(exportBefore, await TextAsync(other, "/api/me/export"));
        Assert.Equal(outcomesBefore, await host.Database.OutcomesOfAsync(other.UserId));
        using HttpResponseMessage routine = await other.Client.GetAsync($"/api/routines/{theirs[0]}");
        Assert.Equal(HttpStatusCode.OK, routine.StatusCode);
    }

    [Fact]
    public async Task Erasing_needs_a_token()
    {
        using HttpClient anonymous = host.CreateClient();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await anonymous.DeleteAsync("/api/me");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    /// <summary>Two routines, one logged with an idempotency key; returns their ids and the outcome's.</summary>
    private static async Task<string[]> HistoryAsync(Person person)
    {
        var ids = new List<string>();
        foreach (string assessment in new[] { Documents.DeskNeck, Documents.Knees })
        {
            using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", assessment);
            ids.Add((await created.JsonAsync(HttpStatusCode.Created)).RoutineId());
        }

        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{ids[0]}/outcomes", Documents.Pain("neck", 3, 2), $"key-{person.UserId}");
        JsonElement receipt = await logged.JsonAsync(HttpStatusCode.Created);
        ids.Add(receipt.GetProperty("outcomeId").GetString()!);
        return [.. ids];
    }

    // The file, its write-ahead log and its index, read as bytes while the host keeps them open.
    private bool FilesHold(string text)
    {
        byte[] needle = System.Text.Encoding.UTF8.GetBytes(text);
        foreach (string suffix in new[] { "", "-wal", "-shm" })
        {
            string file = host.DatabasePath + suffix;
            if (!File.Exists(file)) continue;
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0) return true;
        }

        return false;
    }

    private static async Task<string> TextAsync(Person person, string path)
    {
        using HttpResponseMessage response = await person.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
