using System.Buffers;
using System.Text;

namespace Advisor.Host.Web;

/// <summary>
/// Reads a JSON request body as text, refusing what is not JSON or is over the size limit before
/// any of it is parsed. The limit is checked here as well as by the server, so it holds behind any
/// server and for chunked bodies that announce no length.
/// </summary>
public static class JsonBody
{
    /// <summary>The body's text, or the problem to answer with.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, int limit)
    {
        if (!IsJson(request.ContentType)) return (null, Problems.NotJson(request.ContentType));
        if (request.ContentLength > limit) return (null, Problems.TooLarge(limit));
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, (int?)request.ContentLength ?? limit) + 1);
        try
        {
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) return (null, Problems.TooLarge(limit));
                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), request.HttpContext.RequestAborted);
                if (read == 0) break;
                length += read;
                if (length > limit) return (null, Problems.TooLarge(limit));
            }

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

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        string media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
