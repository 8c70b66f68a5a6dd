using System.Net;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>
/// Sends as a client that keeps to the host's rate limit, so the corpus runs against a host with
/// its default limits. A 429 is checked for what it must be (a problem detail with a Retry-After of
/// at least a second); the client then waits as long as it says and sends the same request again,
/// and the case is judged on the answer the host gives once the caller is within its allowance.
/// </summary>
public static class WithinLimit
{
    /// <summary>How many 429s in a row a case may meet before the limit is taken never to let it through.</summary>
    public const int MostWaits = 30;

    /// <summary>
    /// Sends <paramref name="make"/>'s request (a fresh one each time) until the answer is not a 429;
    /// each 429 that is not a well-formed refusal is added to <paramref name="faults"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> make, string name, List<string> faults)
    {
        for (int wait = 0; ; wait++)
        {
            using HttpRequestMessage request = make();
            HttpResponseMessage response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || wait == MostWaits) return response;
            using (response)
            {
                string body = await response.Content.ReadAsStringAsync();
                TimeSpan? retryAfter = response.Headers.RetryAfter?.Delta;
                if (Api.ProblemFault(response, body) is { } fault) faults.Add($"{name}: a 429 that is not a problem detail: {fault}");
                if (retryAfter is not { } delay || delay < TimeSpan.FromSeconds(1))
                {
                    faults.Add($"{name}: a 429 without a Retry-After of a second or more: {response.Headers.RetryAfter}");
                    return await client.SendAsync(make());
                }

                await Task.Delay(delay);
            }
        }
    }

    /// <summary>The same, for a request written on the wire by <see cref="RawHttp"/>.</summary>
    public static async Task<RawAnswer> SendAsync(Uri address, Func<byte[]> make, string name, List<string> faults)
    {
        for (int wait = 0; ; wait++)
        {
            RawAnswer answer = await RawHttp.SendAsync(address, make());
            if (answer.Status != (int)HttpStatusCode.TooManyRequests || wait == MostWaits) return answer;
            if (!int.TryParse(answer.Header("Retry-After"), out int seconds) || seconds < 1)
            {
                faults.Add($"{name}: a 429 without a Retry-After of a second or more: {answer.Header("Retry-After")}");
                return await RawHttp.SendAsync(address, make());
            }

            await Task.Delay(TimeSpan.FromSeconds(seconds));
        }
    }
}
