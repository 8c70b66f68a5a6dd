using Advisor.Engine.Outcomes;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Endpoints;

/// <summary>POST /api/users: a person starts keeping a history.</summary>
public static class UserEndpoints
{
    /// <summary>The answer: the person's id and their token, shown this once.</summary>
    public sealed record NewUser(string UserId, string Token);

    /// <summary>Maps the /users group under <paramref name="api"/> and its endpoint.</summary>
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        RouteGroupBuilder users = api.MapGroup("/users").WithTags("People").UsesStore();
        users.MapPost("", Create).WithName("CreateUser")
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "Where the person's routines are listed.")
            .WithSummary("Creates a person with their bearer token.")
            .WithDescription("Returns the person's id and their bearer token, this once: only the token's hash is kept.");
        return users;
    }

    // The typed result is what tells OpenAPI the answer is a 201 with a NewUser.
    private static async Task<Created<NewUser>> Create(IHistoryStore store, TimeProvider clock, CancellationToken cancel)
    {
        Stamp stamp = Stamp.Next(clock);
        string personId = stamp.Id;
        (string token, string hash) = Tokens.Issue();
        await store.CreatePersonAsync(personId, hash, stamp.At, cancel);
        return TypedResults.Created("/api/me/routines", new NewUser(personId, token));
    }
}
