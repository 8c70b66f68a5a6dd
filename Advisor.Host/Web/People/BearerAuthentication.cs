using System.Security.Claims;
using System.Text.Encodings.Web;
using Advisor.Engine.Outcomes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.People;

/// <summary>Knows a person by the hash of their bearer token.</summary>
public sealed class BearerAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IHistoryStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    /// <summary>The claim holding the person's id.</summary>
    public const string PersonClaim = "person";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.Fail("the Authorization header is not a bearer token");
        string token = header["Bearer ".Length..].Trim();
        if (!Tokens.LooksValid(token)) return AuthenticateResult.Fail("the token is not valid");
        string? person = await store.FindPersonAsync(Tokens.Hash(token), Context.RequestAborted);
        if (person is null) return AuthenticateResult.Fail("the token is not valid");
        var identity = new ClaimsIdentity([new Claim(PersonClaim, person)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
