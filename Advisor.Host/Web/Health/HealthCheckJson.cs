namespace Advisor.Host.Web.Health;

/// <summary>One check of a <see cref="HealthReportJson"/>: how it went (healthy, degraded, unhealthy), in a sentence, and what it found.</summary>
public sealed record HealthCheckJson(string Status, string? Description, IReadOnlyDictionary<string, object> Data);
