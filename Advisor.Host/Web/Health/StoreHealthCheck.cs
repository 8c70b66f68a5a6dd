using Advisor.Engine.Outcomes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Health;

/// <summary>Readiness: the store answers a query within the database time-out.</summary>
public sealed class StoreHealthCheck(IHistoryStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["kind"] = store.Kind };
        return await store.IsHealthyAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"The {store.Kind} store answered.", data)
            : HealthCheckResult.Unhealthy($"The {store.Kind} store did not answer.", data: data);
    }
}
