using System.Diagnostics;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Retries a check until it holds or time runs out, remembering why it last failed.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Calls <paramref name="condition"/> until it returns true; an exception from it counts as
    /// "not yet". Throws <see cref="TimeoutException"/> describing <paramref name="what"/> and the
    /// last exception when <paramref name="timeout"/> passes.
    /// </summary>
    public static void Until(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (true)
        {
            try
            {
                if (condition()) return;
            }
            catch (Exception e)
            {
                last = e;
            }
            if (clock.Elapsed >= timeout) throw TimedOut(what, timeout, last);
            Thread.Sleep(Interval);
        }
    }

    /// <summary>The asynchronous form of <see cref="Until"/>, for checks that do I/O.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception e)
            {
                last = e;
            }
            if (clock.Elapsed >= timeout) throw TimedOut(what, timeout, last);
            await Task.Delay(Interval);
        }
    }

    private static TimeoutException TimedOut(string what, TimeSpan timeout, Exception? last) =>
        new($"Waited {timeout.TotalSeconds:0.#} s for {what}; it did not happen."
            + (last is null ? "" : $" Last error: {last.GetType().Name}: {last.Message}"), last);
}
