namespace Advisor.Engine.Personalization;

/// <summary>
/// A hash that is the same in every process (string.GetHashCode is not), to derive the seed of a
/// routine's random draws from the ranker's seed, the routine id and the phase: FNV-1a, 64 bits.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The hash of <paramref name="seed"/>, <paramref name="text"/> and <paramref name="number"/>, as a seed for <see cref="Random"/>.</summary>
    public static int Of(int seed, string text, int number)
    {
        ulong hash = Offset;
        hash = Mix(hash, unchecked((uint)seed));
        foreach (char c in text) hash = Mix(hash, c);
        hash = Mix(hash, unchecked((uint)number));
        return unchecked((int)(hash ^ (hash >> 32)));
    }

    private static ulong Mix(ulong hash, uint value)
    {
        for (int shift = 0; shift < 32; shift += 8)
        {
            hash ^= (value >> shift) & 0xff;
            hash *= Prime;
        }

        return hash;
    }
}
