using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Advisor.Tests.Web.Support;

/// <summary>
/// The W3C WebDriver wire protocol over HTTP: JSON in, the response's <c>value</c> out, protocol
/// errors turned into <see cref="WebDriverException"/>. Calls are synchronous (HttpClient.Send) so
/// tests read top to bottom and never block on async work.
/// </summary>
internal sealed class WebDriverClient : IDisposable
{
    private static readonly Dictionary<string, object> NoParameters = [];
    private readonly HttpClient _http;
    private readonly Func<string> _driverOutput;

    /// <param name="endpoint">chromedriver's base address.</param>
    /// <param name="driverOutput">What chromedriver printed last, quoted when it stops answering.</param>
    public WebDriverClient(Uri endpoint, Func<string> driverOutput)
    {
        // chromedriver is on this machine; an http_proxy set for CI's downloads must not intercept it.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = endpoint,
            // Starting a browser on a busy two-core box can take several seconds; nothing should take this long.
            Timeout = TimeSpan.FromSeconds(90),
        };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _driverOutput = driverOutput;
    }

    public JsonElement Get(string path) => Send(HttpMethod.Get, path, null);

    public JsonElement Post(string path, object? parameters = null) => Send(HttpMethod.Post, path, parameters ?? NoParameters);

    public JsonElement Delete(string path) => Send(HttpMethod.Delete, path, null);

    /// <summary>True once chromedriver answers /status with ready: true.</summary>
    public async Task<bool> IsReadyAsync()
    {
        using var response = await _http.GetAsync("status");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("value").GetProperty("ready").GetBoolean();
    }

    private JsonElement Send(HttpMethod method, string path, object? parameters)
    {
        using var request = new HttpRequestMessage(method, path);
        if (parameters is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(parameters), Encoding.UTF8, "application/json");

        HttpResponseMessage response;
        try
        {
            response = _http.Send(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new WebDriverException(
                $"chromedriver did not answer {method} /{path}: {e.Message}\nWhat it printed last:\n{OutputTail.Of(_driverOutput(), 20)}",
                innerException: e);
        }

        using (response)
        {
            string body = ReadBody(response);
            JsonElement value;
            try
            {
                using var document = JsonDocument.Parse(body);
                value = document.RootElement.TryGetProperty("value", out var v) ? v.Clone() : default;
            }
            catch (JsonException e)
            {
                throw new WebDriverException(
                    $"{method} /{path} answered HTTP {(int)response.StatusCode} with something other than JSON: {Shorten(body)}", innerException: e);
            }
            if (response.IsSuccessStatusCode) return value;

            string error = Read(value, "error") ?? $"HTTP {(int)response.StatusCode}";
            // chromedriver appends its own stack trace to the message; the first line says what went wrong.
            string message = (Read(value, "message") ?? "").Split('\n')[0];
            throw new WebDriverException($"{method} /{path} failed with {error}: {message}", error);
        }
    }

    private static string ReadBody(HttpResponseMessage response)
    {
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string? Read(JsonElement value, string property) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String
            ? found.GetString()
            : null;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + " …";

    public void Dispose() => _http.Dispose();
}
