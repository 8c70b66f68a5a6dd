using System.Globalization;
using System.Security.Cryptography;

namespace Advisor.Engine.Outcomes;

/// <summary>
/// A record's time and id, handed out together. Times are the wall clock to the millisecond (what
/// the store keeps) and never go backwards; ids start with the time and a counter, so sorting by
/// (time, id) is the order this host made its records in, even many within one millisecond, and
/// end in random digits, so hosts sharing a store never make the same id.
/// </summary>
public readonly record struct Stamp(DateTimeOffset At, string Id)
{
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;
    private static uint _counter;

    /// <summary>The next stamp from <paramref name="clock"/>.</summary>
    public static Stamp Next(TimeProvider clock)
    {
        long milliseconds;
        uint counter;
        lock (Gate)
        {
            milliseconds = Math.Max(clock.GetUtcNow().ToUnixTimeMilliseconds(), _lastMilliseconds);
            _lastMilliseconds = milliseconds;
            counter = ++_counter;
        }

        string random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        string id = milliseconds.ToString("x12", CultureInfo.InvariantCulture) + counter.ToString("x8", CultureInfo.InvariantCulture) + random;
        return new Stamp(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), id);
    }

    /// <summary>True when this stamp comes after <paramref name="other"/> in the order records are learned: by time, then id.</summary>
    public bool IsAfter(Stamp other) => At > other.At || (At == other.At && string.CompareOrdinal(Id, other.Id) > 0);
}
