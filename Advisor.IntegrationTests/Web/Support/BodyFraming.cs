using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Records how each request's body reached the server (its Content-Length, its Transfer-Encoding),
/// so a test can show a body really arrived chunked with no length, not buffered by the test client.
/// </summary>
public sealed class BodyFraming : IStartupFilter
{
    /// <summary>What the server saw, per request path, in order.</summary>
    public ConcurrentQueue<(string Path, long? ContentLength, string TransferEncoding)> Seen { get; } = new();

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate rest) =>
        {
            Seen.Enqueue((context.Request.Path, context.Request.ContentLength, context.Request.Headers.TransferEncoding.ToString()));
            await rest(context);
        });
        next(app);
    };

    /// <summary>A request whose body is sent chunked, in 4 KiB pieces, without a Content-Length.</summary>
    public static HttpRequestMessage Chunked(string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ChunkedContent(body) };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (int at = 0; at < _bytes.Length; at += 4096)
            {
                await stream.WriteAsync(_bytes.AsMemory(at, Math.Min(4096, _bytes.Length - at)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
