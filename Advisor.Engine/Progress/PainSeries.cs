using Advisor.Engine.Assessments;

namespace Advisor.Engine.Progress;

/// <summary>One region's pain over the logged outcomes that rated it, oldest first.</summary>
public sealed record PainSeries(Region Region, IReadOnlyList<PainReading> Readings)
{
    /// <summary>
    /// One series per region any entry rated before or after, in the contract's region order; an
    /// entry that rated the region only before (or only after) reads null on the other side.
    /// </summary>
    public static IReadOnlyList<PainSeries> Of(IReadOnlyList<OutcomeProgress> entries) =>
        entries
            .SelectMany(e => e.Outcome.PainBefore.Keys.Union(e.Outcome.PainAfter.Keys).Select(region => (region, e)))
            .GroupBy(p => p.region)
            .OrderBy(g => Array.IndexOf(Regions, g.Key))
            .Select(g => new PainSeries(
                g.Key,
                g.Select(p => new PainReading(p.e.LoggedAt, Value(p.e.Outcome.PainBefore, g.Key), Value(p.e.Outcome.PainAfter, g.Key))).ToArray()))
            .ToArray();

    // The contract lists regions in declaration order, as Kebab.All does.
    private static readonly Region[] Regions = Enum.GetValues<Region>();

    private static int? Value(IReadOnlyDictionary<Region, int> pain, Region region) => pain.TryGetValue(region, out int value) ? value : null;
}
