using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>POST /api/users: a person gets an id and a token shown once; the store keeps only its hash.</summary>
public sealed partial class UserTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [GeneratedRegex("^ra_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdShape();

    [Fact]
    public async Task A_new_person_gets_201_an_id_and_a_bearer_token()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/api/users", null);

        JsonElement body = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Matches(IdShape(), body.GetProperty("userId").GetString());
        Assert.Matches(TokenShape(), body.GetProperty("token").GetString());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task A_body_is_not_needed_and_an_empty_json_body_is_fine_too()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/api/users", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Every_person_gets_a_different_id_and_token()
    {
        using Person a = await host.NewPersonAsync();
        using Person b = await host.NewPersonAsync();

        Assert.NotEqual(a.UserId, b.UserId);
        Assert.NotEqual(a.Token, b.Token);
    }

    [Fact]
    public async Task The_token_works_for_the_personal_endpoints()
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage routines = await person.Client.GetAsync("/api/me/routines");
        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);

        Assert.Equal(0, (await routines.JsonAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task The_store_keeps_the_sha256_of_the_token_and_never_the_token()
    {
        using Person person = await host.NewPersonAsync();

        var people = await host.Database.RowsAsync("people");

        var row = Assert.Single(people, p => p["id"] == person.UserId);
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person.Token)));
        Assert.Equal(expected, row["token_hash"]);
        Assert.Empty(await host.Database.WhereContainsAsync(person.Token));
        // Not even the random part without its prefix.
        Assert.Empty(await host.Database.WhereContainsAsync(person.Token["ra_".Length..]));
    }

    [Fact]
    public async Task The_token_is_shown_once_it_is_not_in_any_later_answer()
    {
        using Person person = await host.NewPersonAsync();

        using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
        using HttpResponseMessage routines = await person.Client.GetAsync("/api/me/routines");
        using HttpResponseMessage export = await person.Client.GetAsync("/api/me/export");

        foreach (HttpResponseMessage response in new[] { created, routines, export })
        {
            Assert.True(response.IsSuccessStatusCode);
            Assert.DoesNotContain(person.Token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
