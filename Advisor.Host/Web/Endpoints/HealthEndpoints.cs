using Advisor.Host.Web.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Advisor.Host.Web.Endpoints;

/// <summary>
/// GET /healthz (liveness: the process serves) and GET /readyz (readiness: the store answers too).
/// Neither is rate limited: a prober is not a caller, and a limited probe would restart a healthy host.
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
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync })
            .DisableRateLimiting();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthReportJson.WriteAsync })
            .DisableRateLimiting();
    }
}
