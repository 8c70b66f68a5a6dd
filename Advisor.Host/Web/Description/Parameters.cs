using Advisor.Host.Web.Calendar;
using Advisor.Host.Web.Paging;
using Microsoft.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// The query and header parameters that endpoints read from the request themselves, so that a bad
/// one is a 400 naming it rather than the framework's bare binding failure; the framework cannot see
/// them, so they are declared here, beside the readers' names, for a generated client to send.
/// </summary>
public static class Parameters
{
    /// <summary>A time of day as the readers take it: H:mm or HH:mm.</summary>
    public const string Time = @"^\d{1,2}:\d{2}$";

    /// <summary>The workday <see cref="WorkdayHours.FromQuery"/> reads, each optional with its default.</summary>
    public static TBuilder WithWorkdayHours<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint
            .WithQuery("start", "When the workday starts, HH:mm; 09:00 when left out.", Time)
            .WithQuery("end", "When the workday ends, HH:mm, after the start; 17:00 when left out.", Time)
            .WithQuery("tz", "The IANA time zone of the hours, such as Europe/Berlin; UTC when left out.")
            .WithQuery("days", "The working days, two letters each (mo, tu, we, th, fr, sa, su), comma-separated; mo,tu,we,th,fr when left out.")
            .WithQuery("meeting", "A regular meeting, HH:mm, within the workday and at least 5 minutes after it starts; none when left out.", Time);

    /// <summary>The page <see cref="RoutineListQuery.Read"/> reads.</summary>
    public static TBuilder WithRoutinePage<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint
            .WithQuery("limit", $"At most this many routines, 1 to {RoutineListQuery.MaxLimit}; every routine when left out.", type: JsonSchemaType.Integer)
            .WithQuery("before", "The cursor of the page before, from the Link header's next link; only with limit.");

    /// <summary>A query parameter of <paramref name="endpoint"/>, a string matching <paramref name="pattern"/> unless another <paramref name="type"/> is given.</summary>
    public static TBuilder WithQuery<TBuilder>(this TBuilder endpoint, string name, string description, string? pattern = null,
        bool required = false, JsonSchemaType type = JsonSchemaType.String)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.With(() => new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Query, Required = required, Description = description,
            Schema = new OpenApiSchema { Type = type, Pattern = pattern },
        });

    /// <summary>An optional request header of <paramref name="endpoint"/>.</summary>
    public static TBuilder WithHeader<TBuilder>(this TBuilder endpoint, string name, string description, int maxLength)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.With(() => new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Header, Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = maxLength },
        });

    // A new parameter for each document made, as the framework makes the rest of each one afresh.
    private static TBuilder With<TBuilder>(this TBuilder endpoint, Func<OpenApiParameter> parameter)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(parameter());
            return Task.CompletedTask;
        });
}
