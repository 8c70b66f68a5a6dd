using System.Net.Sockets;
using System.Text;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>An answer read off the wire.</summary>
/// <param name="Status">The status code from the status line.</param>
/// <param name="Headers">The header lines, as sent.</param>
/// <param name="Body">The body, de-chunked.</param>
public sealed record RawAnswer(int Status, IReadOnlyList<string> Headers, string Body)
{
    /// <summary>The value of the first header called <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => Headers
        .Where(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(h => h[(name.Length + 1)..].Trim())
        .FirstOrDefault();
}

/// <summary>
/// HTTP/1.1 written byte by byte over a socket, for requests no HTTP client would send: repeated
/// headers, bytes that are not UTF-8 in a header, lines over the server's limits.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="request"/> as it is and reads the answer until the server closes the connection.</summary>
    public static async Task<RawAnswer> SendAsync(Uri address, byte[] request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A server that refuses a request may reset the connection after answering.
        }

        return Parse(received.ToArray());
    }

    /// <summary>A request from its lines; a Connection: close is added so the answer ends with the connection.</summary>
    public static byte[] Request(string requestLine, IEnumerable<string> headers, byte[]? body = null) =>
    [
        .. Encoding.Latin1.GetBytes(requestLine + "\r\n"),
        .. headers.SelectMany(h => Encoding.Latin1.GetBytes(h + "\r\n")),
        .. "Connection: close\r\n\r\n"u8,
        .. body ?? [],
    ];

    private static RawAnswer Parse(byte[] bytes)
    {
        string text = Encoding.Latin1.GetString(bytes);
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"no complete answer came back: '{Api.Shorten(text)}'");
        string[] lines = text[..end].Split("\r\n");
        string[] statusLine = lines[0].Split(' ', 3);
        Assert.True(statusLine.Length >= 2 && statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal), $"not an HTTP answer: '{lines[0]}'");
        var headers = lines.Skip(1).ToArray();
        byte[] body = bytes[(end + 4)..];
        var answer = new RawAnswer(int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), headers, "");
        if (string.Equals(answer.Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return answer with { Body = Encoding.UTF8.GetString(body) };
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        var body = new MemoryStream();
        int at = 0;
        while (at < chunked.Length)
        {
            int lineEnd = IndexOf(chunked, at);
            if (lineEnd < 0) break;
            string size = Encoding.Latin1.GetString(chunked, at, lineEnd - at).Split(';')[0].Trim();
            int length = Convert.ToInt32(size, 16);
            if (length == 0) break;
            body.Write(chunked, lineEnd + 2, Math.Min(length, chunked.Length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }

        return body.ToArray();
    }

    private static int IndexOf(byte[] bytes, int from)
    {
        for (int i = from; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') return i;
        }

        return -1;
    }
}
