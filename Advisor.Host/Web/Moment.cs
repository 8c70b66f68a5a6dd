namespace Advisor.Host.Web;

/// <summary>Times as the store keeps them, to the millisecond, so an answer and its replay show the same time.</summary>
internal static class Moment
{
    public static DateTimeOffset Now(this TimeProvider clock) =>
        DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
}
