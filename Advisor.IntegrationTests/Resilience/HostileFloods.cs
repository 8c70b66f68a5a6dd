using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// Many requests from one address, back to back: what a client does that hopes the limit follows
/// the header rather than the caller, or that the host has no limit at all.
/// </summary>
/// <param name="Name">Says what the flood is; unique.</param>
/// <param name="Make">The request at each position in the flood, against a fixture's targets.</param>
/// <param name="Status">What a request of the flood gets while the caller is within its allowance; over it, 429.</param>
/// <param name="Grown">The store after the flood, from the store before it and the number of requests let through.</param>
public sealed record HostileFlood(string Name, Func<CorpusTargets, int, HttpRequestMessage> Make, int Status, Func<RowCounts, int, RowCounts> Grown)
{
    /// <summary>How many requests each flood sends.</summary>
    public const int Requests = 200;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The floods of the corpus; a 429 is an answer each accepts, past what the limit lets through.</summary>
public static class HostileFloods
{
    private static readonly Lazy<IReadOnlyList<HostileFlood>> Corpus = new(Build);

    /// <summary>Every flood.</summary>
    public static IReadOnlyList<HostileFlood> All => Corpus.Value;

    /// <summary>The flood called <paramref name="name"/>.</summary>
    public static HostileFlood Named(string name) => All.Single(f => f.Name == name);

    private static List<HostileFlood> Build()
    {
        static RowCounts Unchanged(RowCounts before, int through) => before;

        return
        [
            // Each token well formed, so only the store could tell it is no one's.
            new("GET /api/me/routines | flood | 200 forged tokens from one address",
                (_, _) => WithToken(new HttpRequestMessage(HttpMethod.Get, "api/me/routines"), "ra_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20))), 401, Unchanged),
            new("POST /api/routines/{id}/outcomes | flood | 200 forged tokens on someone's routine",
                (t, _) => WithToken(Json(HttpMethod.Post, $"api/routines/{t.OtherRoutineId}/outcomes", Api.Outcome), "ra_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20))), 401, Unchanged),
            new("POST /api/routines with token | flood | 200 refused assessments from the caller",
                (t, _) => WithToken(Json(HttpMethod.Post, "api/routines", """{"minutes":0}"""), t.Token), 400, Unchanged),
            new("POST /api/routines anonymous | flood | 200 valid assessments",
                (_, _) => Json(HttpMethod.Post, "api/routines", Api.Assessment), 200, Unchanged),
            new("GET /api/exercises | flood | 200 reads of the catalog",
                (_, _) => new HttpRequestMessage(HttpMethod.Get, "api/exercises"), 200, Unchanged),
            // Each sign-up that gets through is a person: the limit is what bounds them.
            new("POST /api/users | flood | 200 sign-ups from one address",
                (_, _) => new HttpRequestMessage(HttpMethod.Post, "api/users"), 201, (before, through) => before with { People = before.People + through }),
        ];
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
