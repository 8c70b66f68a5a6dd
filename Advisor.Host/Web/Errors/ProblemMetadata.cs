using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Advisor.Host.Web.Errors;

/// <summary>What a problem answer's type says about an endpoint: it may answer this status with problem details.</summary>
public static class ProblemMetadata
{
    /// <summary>The problem's media type, as the framework's own problem answers write it.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>Declares on <paramref name="endpoint"/> that it may answer <paramref name="status"/> with a problem document.</summary>
    public static void Add(EndpointBuilder endpoint, int status) =>
        endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [MediaType]));
}
