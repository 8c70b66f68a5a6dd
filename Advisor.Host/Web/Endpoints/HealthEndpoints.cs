using Advisor.Host.Web.Health;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Advisor.Host.Web.Endpoints;

/// <summary>
/// GET /healthz (liveness: the process serves) and GET /readyz (readiness: the store answers too).
/// Neither is rate limited: a prober is not a caller, and a limited probe would restart a healthy host.
/// They are handlers rather than the framework's health check middleware so that the OpenAPI document
/// describes them, the report's shape included.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks readiness runs.</summary>
    public const string Ready = "ready";

    /// <summary>Adds the checks.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return services;
    }

    /// <summary>Maps the endpoints.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder health = app.MapGroup("").WithTags("Health").DisableRateLimiting();
        health.MapGet("/healthz", Liveness).WithName("GetLiveness")
            .WithSummary("Says whether the process serves.")
            .WithDescription("Checks nothing else: 200 with status healthy and no checks while the process answers at all.");
        health.MapGet("/readyz", Readiness).WithName("GetReadiness")
            .WithSummary("Says whether the host is ready to serve: the store answers too.")
            .WithDescription("200 while every readiness check passes; 503 with the same report when one does not, checks.store saying which store did not answer.");
    }

    private static async Task<Ok<HealthReportJson>> Liveness(HealthCheckService health, HttpContext context)
    {
        HealthReport report = await health.CheckHealthAsync(_ => false, context.RequestAborted);
        NotCached(context);
        return TypedResults.Ok(HealthReportJson.Of(report));
    }

    // Degraded is still ready, as the framework's health check middleware has it: only unhealthy is a 503.
    private static async Task<Results<Ok<HealthReportJson>, Unready>> Readiness(HealthCheckService health, HttpContext context)
    {
        HealthReport report = await health.CheckHealthAsync(check => check.Tags.Contains(Ready), context.RequestAborted);
        NotCached(context);
        HealthReportJson json = HealthReportJson.Of(report);
        return report.Status == HealthStatus.Unhealthy ? new Unready(json) : TypedResults.Ok(json);
    }

    // A cached probe would say how the host was, not how it is.
    private static void NotCached(HttpContext context) => context.Response.Headers.CacheControl = "no-store, no-cache";
}
