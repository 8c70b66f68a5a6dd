using System.Security.Claims;

namespace Advisor.Host.Web.People;

/// <summary>Who is calling: a known person, someone anonymous, or someone whose token was refused.</summary>
public static class Caller
{
    /// <summary>The person's id, or null when the call carries no accepted token.</summary>
    public static string? PersonId(this ClaimsPrincipal user) => user.FindFirstValue(BearerAuthentication.PersonClaim);

    /// <summary>True when the call sent credentials that were not accepted: anonymous is fine, a bad token is not.</summary>
    public static bool SentRefusedToken(this HttpContext context) =>
        context.User.PersonId() is null && !string.IsNullOrEmpty(context.Request.Headers.Authorization);
}
