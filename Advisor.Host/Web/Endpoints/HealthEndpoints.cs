using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web.Endpoints;

/// <summary>GET /healthz: the host is up and its store answers.</summary>
public static class HealthEndpoints
{
    /// <summary>The health report.</summary>
    public sealed record Health(string Status, string Store);

    /// <summary>Maps the endpoint.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async Task<IResult> (IHistoryStore store, CancellationToken cancel) =>
                await store.IsHealthyAsync(cancel)
                    ? TypedResults.Ok(new Health("ok", store.Kind))
                    : TypedResults.Json(new Health("store unavailable", store.Kind), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithTags("Health");
}
