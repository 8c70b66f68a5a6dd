using System.Diagnostics;

namespace Advisor.Benchmarks.Load;

/// <summary>
/// Closed-loop load: one worker per connection, each sending its next request as soon as the last
/// one is answered, until the time is up. A request still in flight at the end is waited for and
/// counted, so no answer is lost and none is cut short.
/// </summary>
public sealed class LoadRunner(HttpClient client, ILoadScenario scenario, int workers)
{
    // Carried across the warm-up and the measured phase, so a worker never repeats a request number
    // (an outcome's Idempotency-Key is made from it).
    private readonly long[] _next = new long[workers];

    /// <summary>Runs every worker for <paramref name="duration"/>; returns what each saw and the wall time taken.</summary>
    public async Task<(WorkerTally[] Tallies, TimeSpan Elapsed)> RunAsync(TimeSpan duration, CancellationToken cancel)
    {
        long start = Stopwatch.GetTimestamp();
        long end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        WorkerTally[] tallies = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker, start, end, cancel), cancel)));
        return (tallies, Stopwatch.GetElapsedTime(start));
    }

    private async Task<WorkerTally> WorkAsync(int worker, long start, long end, CancellationToken cancel)
    {
        var tally = new WorkerTally();
        while (Stopwatch.GetTimestamp() < end && !cancel.IsCancellationRequested)
        {
            using HttpRequestMessage request = scenario.Request(worker, _next[worker]++);
            long sent = Stopwatch.GetTimestamp();
            long startMicros = (long)Stopwatch.GetElapsedTime(start, sent).TotalMicroseconds;
            try
            {
                // The whole body is read: a response is only done when its last byte has arrived.
                using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel);
                long micros = (long)Stopwatch.GetElapsedTime(sent).TotalMicroseconds;
                int status = (int)response.StatusCode;
                tally.Answered(status, startMicros, micros);
                if (status is < 200 or > 299)
                    tally.Sample($"{status} {request.RequestUri}: {await response.Content.ReadAsStringAsync(cancel)}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                tally.Failed(e, startMicros, (long)Stopwatch.GetElapsedTime(sent).TotalMicroseconds);
            }
        }

        return tally;
    }
}
