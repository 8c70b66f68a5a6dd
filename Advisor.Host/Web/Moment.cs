namespace Advisor.Host.Web;

/// <summary>
/// Times as the store keeps them, to the millisecond, so an answer and its replay show the same time.
/// Every time handed out is later than the one before, even within one millisecond: the store orders
/// a person's routines and outcomes by time, and the feedback loop reads the latest outcome by it.
/// </summary>
internal static class Moment
{
    private static long _last;

    public static DateTimeOffset Now(this TimeProvider clock)
    {
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        while (true)
        {
            long last = Interlocked.Read(ref _last);
            long next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return DateTimeOffset.FromUnixTimeMilliseconds(next);
        }
    }
}
