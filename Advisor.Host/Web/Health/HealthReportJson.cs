using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Advisor.Host.Web.Health;

/// <summary>A health report as JSON that says what was checked: <c>{ status, checks: { name: { status, description, data } } }</c>.</summary>
public sealed record HealthReportJson(string Status, IReadOnlyDictionary<string, HealthCheckJson> Checks)
{
    /// <summary>What <paramref name="report"/> says, in the words a prober reads.</summary>
    public static HealthReportJson Of(HealthReport report) => new(
        Name(report.Status),
        report.Entries.ToDictionary(e => e.Key, e => new HealthCheckJson(Name(e.Value.Status), e.Value.Description, e.Value.Data)));

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
