using Microsoft.Extensions.Options;

namespace Advisor.Host.Web;

/// <summary>
/// Refuses a body that announces more than <see cref="AdvisorOptions.MaxBodyBytes"/> before any
/// endpoint runs, so the limit holds for endpoints that never read a body too (Kestrel's own limit
/// only bites when a body is read). Bodies without a length are limited as they are read.
/// </summary>
public sealed class BodyLimit(RequestDelegate next, IOptions<AdvisorOptions> options)
{
    /// <summary>Answers 413, or passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        int limit = options.Value.MaxBodyBytes;
        // Kestrel deals with the unread body after the answer, as for JsonBody's own refusal; closing
        // the connection here would cut off a client still sending, before it reads the 413.
        if (context.Request.ContentLength > limit) return Problems.TooLarge(limit).ExecuteAsync(context);

        return next(context);
    }
}
