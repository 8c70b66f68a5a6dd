using System.Text;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>A request written on the wire as it is, and what it must get.</summary>
/// <param name="Name">Says what the request is; unique.</param>
/// <param name="Make">The request's bytes, against a fixture's targets.</param>
/// <param name="Status">The status it must get.</param>
/// <param name="FromServer">
/// True when the server (Kestrel) refuses the request before the app sees it: it answers with a
/// bare status and no problem detail, since no code of the app runs. Otherwise the app answers, with
/// a problem detail.
/// </param>
public sealed record WireRequest(string Name, Func<CorpusTargets, byte[]> Make, int Status, bool FromServer)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Requests that no HTTP client library sends, written on the wire by hand.</summary>
public static class WireRequests
{
    private static readonly Lazy<IReadOnlyList<WireRequest>> Corpus = new(Build);

    /// <summary>Every wire request.</summary>
    public static IReadOnlyList<WireRequest> All => Corpus.Value;

    /// <summary>The request called <paramref name="name"/>.</summary>
    public static WireRequest Named(string name) => All.Single(r => r.Name == name);

    private static List<WireRequest> Build()
    {
        byte[] outcome = Encoding.UTF8.GetBytes(Api.Outcome);
        string[] Post(CorpusTargets t, params string[] extra) =>
        [
            "Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", $"Content-Length: {outcome.Length}", .. extra,
        ];
        byte[] LogOutcome(CorpusTargets t, params string[] extra) =>
            RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1", Post(t, extra), outcome);
        byte[] Progress(string authorization) =>
            RawHttp.Request("GET /api/me/progress HTTP/1.1", ["Host: localhost", authorization]);

        return
        [
            // Repeated headers reach the app as several values.
            new("POST /api/routines/{id}/outcomes | two Idempotency-Key headers",
                t => LogOutcome(t, "Idempotency-Key: key-one", "Idempotency-Key: key-two"), 400, false),
            new("POST /api/routines/{id}/outcomes | the same Idempotency-Key in two headers",
                t => LogOutcome(t, "Idempotency-Key: same-key", "Idempotency-Key: same-key"), 400, false),
            new("GET /api/me/progress | two Authorization headers with the same token",
                t => RawHttp.Request("GET /api/me/progress HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}", $"Authorization: Bearer {t.Token}"]), 401, false),
            new("POST /api/routines/{id}/outcomes | two Content-Type headers",
                t => RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1",
                    ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", "Content-Type: text/plain", $"Content-Length: {outcome.Length}"], outcome), 415, false),
            new("POST /api/routines/{id}/outcomes | a chunked body with a broken chunk size",
                t => RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1",
                    ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", "Transfer-Encoding: chunked"], "zz\r\n{}\r\n0\r\n\r\n"u8.ToArray()), 400, false),
            new("POST /api/routines | a chunked body over the limit, in small chunks",
                t => RawHttp.Request("POST /api/routines HTTP/1.1",
                    ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", "Transfer-Encoding: chunked"], Chunked(t.MaxBodyBytes + 1)), 413, false),

            // Refused by the server before the app runs.
            new("GET /api/routines/%00 | a NUL in the path", t => RawHttp.Request("GET /api/routines/%00 HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}"]), 400, true),
            new("GET /api/me/progress | a raw NUL in the Authorization header", t => Progress($"Authorization: Bearer {t.Token}\0"), 400, true),
            new("GET /api/me/progress | bytes that are not UTF-8 in the Authorization header", _ => Bytes("GET /api/me/progress HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ra_", [0xE9, 0xFF, 0xC3, 0x28]), 400, true),
            new("POST /api/routines/{id}/outcomes | bytes that are not UTF-8 in the Idempotency-Key header",
                t => Bytes($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {t.Token}\r\nContent-Type: application/json\r\nContent-Length: {outcome.Length}\r\nIdempotency-Key: key", [0xFF, 0xFE], outcome), 400, true),
            new("GET /api/me/progress | a request line over 8 KiB", _ => RawHttp.Request($"GET /api/me/progress?{new string('q', 9_000)} HTTP/1.1", ["Host: localhost"]), 414, true),
            new("GET /api/me/progress | headers over 32 KiB", _ => RawHttp.Request("GET /api/me/progress HTTP/1.1", ["Host: localhost", .. Enumerable.Range(0, 8).Select(i => $"X-Padding-{i}: {new string('p', 5_000)}")]), 431, true),
            new("GET /api/me/progress | a header line without a colon", t => Progress($"Authorization Bearer {t.Token}"), 400, true),
            new("GET /api/me/progress | a space in a header name", t => Progress($"Author ization: Bearer {t.Token}"), 400, true),
            new("POST /api/routines/{id}/outcomes | a Content-Length that is not a number",
                t => RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", "Content-Length: abc"], outcome), 400, true),
            new("POST /api/routines/{id}/outcomes | a negative Content-Length",
                t => RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", "Content-Length: -1"], outcome), 400, true),
            new("POST /api/routines/{id}/outcomes | two different Content-Lengths",
                t => RawHttp.Request($"POST /api/routines/{t.RoutineId}/outcomes HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}", "Content-Type: application/json", $"Content-Length: {outcome.Length}", "Content-Length: 2"], outcome), 400, true),
            new("GET /api/me/progress | no Host header", t => RawHttp.Request("GET /api/me/progress HTTP/1.1", [$"Authorization: Bearer {t.Token}"]), 400, true),
            new("GET /api/me/progress | SQL as the method", t => RawHttp.Request("';DROP /api/me/progress HTTP/1.1", ["Host: localhost", $"Authorization: Bearer {t.Token}"]), 400, true),
        ];
    }

    private static byte[] Bytes(string head, byte[] odd, byte[]? body = null) =>
        [.. Encoding.ASCII.GetBytes(head), .. odd, .. "\r\nConnection: close\r\n\r\n"u8, .. body ?? []];

    // A valid-looking document in 1 KiB chunks, padded with spaces to the given size.
    private static byte[] Chunked(int size)
    {
        byte[] json = Encoding.UTF8.GetBytes(Api.Assessment.PadRight(size));
        var chunks = new List<byte>();
        for (int at = 0; at < json.Length; at += 1024)
        {
            int length = Math.Min(1024, json.Length - at);
            chunks.AddRange(Encoding.ASCII.GetBytes($"{length:x}\r\n"));
            chunks.AddRange(json.AsSpan(at, length).ToArray());
            chunks.AddRange("\r\n"u8.ToArray());
        }

        chunks.AddRange("0\r\n\r\n"u8.ToArray());
        return [.. chunks];
    }
}
