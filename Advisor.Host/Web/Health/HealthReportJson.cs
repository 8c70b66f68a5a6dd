using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Advisor.Host.Web.Health;

/// <summary>A health report as JSON that says what was checked: <c>{ status, checks: { name: { status, description, data } } }</c>.</summary>
public static class HealthReportJson
{
    /// <summary>Writes <paramref name="report"/> to the response.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = Name(report.Status),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = Name(e.Value.Status),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
