using System.Net;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>GET /api/me/routines?limit=N: a year of routines read a page at a time, each page linked to the next.</summary>
public sealed class RoutinePagingTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task Pages_followed_by_their_links_give_the_whole_list_once_newest_first()
    {
        using Person person = await host.NewPersonAsync();
        List<string> made = await MakeRoutinesAsync(person, 23);
        using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{made[0]}/outcomes", Documents.Pain("neck", 3, 2));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var paged = new List<JsonElement>();
        var sizes = new List<int>();
        string? next = "/api/me/routines?limit=10";
        while (next is not null)
        {
            using HttpResponseMessage page = await person.Client.GetAsync(next);
            JsonElement items = await page.JsonAsync(HttpStatusCode.OK);
            sizes.Add(items.GetArrayLength());
            paged.AddRange(items.EnumerateArray());
            next = NextLink(page);
        }

        using HttpResponseMessage whole = await person.Client.GetAsync("/api/me/routines");
        JsonElement all = await whole.JsonAsync(HttpStatusCode.OK);
        Assert.Equal([10, 10, 3], sizes);
        Assert.Equal(made.AsEnumerable().Reverse(), paged.Select(r => r.GetProperty("routineId").GetString()));
        Assert.Equal(all.EnumerateArray().Select(r => r.GetRawText()), paged.Select(r => r.GetRawText()));
        Assert.True(paged[^1].GetProperty("logged").GetBoolean());
        Assert.False(whole.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Routines_made_while_paging_neither_repeat_nor_push_others_off_a_page()
    {
        using Person person = await host.NewPersonAsync();
        List<string> made = await MakeRoutinesAsync(person, 6);

        using HttpResponseMessage first = await person.Client.GetAsync("/api/me/routines?limit=3");
        JsonElement firstItems = await first.JsonAsync(HttpStatusCode.OK);
        await MakeRoutinesAsync(person, 2);
        using HttpResponseMessage second = await person.Client.GetAsync(NextLink(first));
        JsonElement secondItems = await second.JsonAsync(HttpStatusCode.OK);

        Assert.Equal(made.AsEnumerable().Reverse(), firstItems.EnumerateArray().Concat(secondItems.EnumerateArray()).Select(r => r.GetProperty("routineId").GetString()));
        Assert.Null(NextLink(second));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=5&limit=6", "limit")]
    [InlineData("limit=5&before=not-a-cursor", "before")]
    [InlineData("limit=5&before=MTIzNDU", "before")]
    [InlineData("before=MTIzLmFiYw", "before")]
    public async Task A_bad_limit_or_cursor_is_400_naming_it(string query, string field)
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage response = await person.Client.GetAsync($"/api/me/routines?{query}");

        await response.ValidationProblemAsync(field);
    }

    [Fact]
    public async Task Another_persons_cursor_shows_only_ones_own_routines()
    {
        using Person person = await host.NewPersonAsync();
        using Person other = await host.NewPersonAsync();
        await MakeRoutinesAsync(other, 3);
        List<string> mine = await MakeRoutinesAsync(person, 1);
        using HttpResponseMessage theirs = await other.Client.GetAsync("/api/me/routines?limit=1");

        using HttpResponseMessage response = await person.Client.GetAsync(NextLink(theirs)!.Replace("limit=1", "limit=5"));

        JsonElement items = await response.JsonAsync(HttpStatusCode.OK);
        Assert.All(items.EnumerateArray(), r => Assert.Contains(r.GetProperty("routineId").GetString(), mine));
    }

    private static async Task<List<string>> MakeRoutinesAsync(Person person, int count)
    {
        var ids = new List<string>();
        for (int i = 0; i < count; i++)
        {
            // A referral is the quickest routine to make.
            using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", i % 2 == 0 ? Documents.RedFlag : Documents.DeskNeck);
            ids.Add((await created.JsonAsync(HttpStatusCode.Created)).RoutineId());
        }

        return ids;
    }

    /// <summary>The target of the response's <c>Link: &lt;…&gt;; rel="next"</c>, or null on the last page.</summary>
    private static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links)) return null;
        string link = Assert.Single(links);
        Assert.EndsWith("; rel=\"next\"", link);
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
