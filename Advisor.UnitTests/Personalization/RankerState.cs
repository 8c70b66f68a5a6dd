using Advisor.Engine.Personalization;

namespace Advisor.UnitTests.Personalization;

/// <summary>Whether two rankers hold the same model, told from outside: what they would save.</summary>
internal static class RankerState
{
    /// <summary>
    /// True when both rankers save exactly the same online layers (the shared weights, and every
    /// person's weights and evidence, bit for bit): the same model, as a restart would restore it.
    /// </summary>
    public static bool SameModelAs(this ThompsonRanker ranker, ThompsonRanker other) =>
        Saved(ranker).AsSpan().SequenceEqual(Saved(other));

    private static byte[] Saved(ThompsonRanker ranker)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) ranker.WriteState(writer);
        return bytes.ToArray();
    }
}
