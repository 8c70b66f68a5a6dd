using System.Threading.RateLimiting;
using Advisor.Host.Web.People;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Web;

/// <summary>
/// Per-caller rate limits: each verified person, and each address calling anonymously or with a
/// token that was refused, gets its own token bucket, so one busy client cannot starve the rest and
/// a client inventing tokens is limited by its address like any other. Over the limit: 429 with
/// Retry-After. It runs after authentication, which is what tells a person from a forged token.
/// </summary>
public static class RequestLimits
{
    /// <summary>Adds the limiter, reading the limits from <see cref="AdvisorOptions"/>; a limit of 0 lets everything through.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                AdvisorOptions options = context.RequestServices.GetRequiredService<IOptions<AdvisorOptions>>().Value;
                if (options.RequestsPerMinute == 0) return RateLimitPartition.GetNoLimiter("unlimited");
                return RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestBurst,
                    // One token every 60/N seconds gives exactly N a minute, whatever N is.
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / options.RequestsPerMinute,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (rejected, cancel) =>
            {
                int seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.TooManyRequests(seconds).ExecuteAsync(rejected.HttpContext);
            };
        });

    // A person is known only once the store accepted their token; anything else, a forged token
    // included, counts against the address it came from.
    private static string Partition(HttpContext context) =>
        context.User.PersonId() is { } person ? "person:" + person : "address:" + context.Connection.RemoteIpAddress;
}
