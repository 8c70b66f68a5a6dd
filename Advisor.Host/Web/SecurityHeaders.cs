namespace Advisor.Host.Web;

/// <summary>
/// Headers on every answer, the page's and the API's, errors included: the page may run only its
/// own scripts and styles (no inline script, so an injected one does not run), may not be framed,
/// sends no referrer, and nothing is sniffed into another type. What the API answers is health
/// data, so no cache keeps it. HSTS is added by the framework's own middleware, on HTTPS only.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The page's policy: its own files only, and nothing may frame it.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers as the answer starts, whoever writes it.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (IsPersonal(context.Request.Path)) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }

    // Every API answer: a routine is made from health answers even when nothing is kept.
    private static bool IsPersonal(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
