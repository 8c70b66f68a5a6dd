using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Advisor.Host.Web;

/// <summary>
/// Reads a JSON request body as text, refusing what is not JSON or is over the size limit before
/// any of it is parsed. The limit is checked here as well as by the server, so it holds behind any
/// server and for chunked bodies that announce no length.
/// </summary>
public static class JsonBody
{
    /// <summary>The body's text, or the problem to answer with.</summary>
    public static async Task<(string? Text, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int limit)
    {
        if (!IsJson(request.ContentType)) return (null, Problems.NotJson(request.ContentType));
        if (Charset(request.ContentType) is { } charset && !IsUtf8(charset)) return (null, Problems.NotUtf8(charset));
        if (request.ContentLength > limit) return (null, Problems.TooLarge(limit));
        // One byte more than the limit: reading it means the body is too large.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            int length = 0;
            while (length <= limit)
            {
                int read = await request.Body.ReadAsync(buffer.AsMemory(length, limit + 1 - length), request.HttpContext.RequestAborted);
                if (read == 0) break;
                length += read;
            }

            if (length > limit) return (null, Problems.TooLarge(limit));
            return (Encoding.UTF8.GetString(buffer, 0, length), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }
        catch (BadHttpRequestException e)
        {
            // A body the server cannot read (broken chunked framing, a body cut short) is the caller's error.
            return (null, Problems.UnreadableBody(e.StatusCode, e.Message));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // JSON between systems is UTF-8 (RFC 8259): a body said to be in another encoding is refused
    // rather than read as UTF-8 and stored as if it were what the caller meant.
    private static string? Charset(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media) && media.CharSet is { } charset ? charset.Trim('"') : null;

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        string media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
