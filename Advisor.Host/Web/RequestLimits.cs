using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Advisor.Host.Web;

/// <summary>
/// Per-caller rate limits: each bearer token, and each address calling anonymously, gets its own
/// token bucket, so one busy client cannot starve the rest. Over the limit: 429 with Retry-After.
/// </summary>
public static class RequestLimits
{
    /// <summary>Adds the limiter with the limits from <paramref name="options"/>.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, AdvisorOptions options)
    {
        if (options.RequestsPerMinute <= 0) return services;
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestBurst,
                    // One token every 60/N seconds gives exactly N a minute, whatever N is.
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / options.RequestsPerMinute,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (rejected, cancel) =>
            {
                int seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.TooManyRequests(seconds).ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    // The token itself is the key (hashed, so the limiter's memory holds no secret); the store is not
    // asked, so a flood of forged tokens is limited as cheaply as real ones.
    private static string Partition(HttpContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        return string.IsNullOrEmpty(authorization)
            ? "address:" + context.Connection.RemoteIpAddress
            : "token:" + People.Tokens.Hash(authorization);
    }
}
