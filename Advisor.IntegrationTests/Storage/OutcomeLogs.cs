using Advisor.Engine.Documents;
using System.Text.Json.Nodes;
using Advisor.Engine.Assessments;
using FsCheck;
using FsCheck.Fluent;

namespace Advisor.IntegrationTests.Storage;

/// <summary>
/// Random logs of outcome documents as a person might send them: pain in some regions, ratings of
/// a few exercises, conditions now and then, and each logged a while after the one before or, now
/// and then, stamped earlier than the last (as two hosts sharing a store may do).
/// </summary>
internal static class OutcomeLogs
{
    /// <summary>One outcome to log: its document and how many minutes after the previous one it is stamped (negative: before it).</summary>
    public sealed record Entry(string Document, int MinutesAfterPrevious);

    private static readonly string[] Regions = Kebab.All<Region>().ToArray();
    private static readonly string[] Exercises = ["cat-cow", "bird-dog", "glute-bridge", "dead-bug"];
    private static readonly string[] Ratings = ["too-hard", "right", "effortless"];
    private static readonly string[] Conditions = ["frustrated", "early-fatigue"];

    /// <summary>Logs of 1 to 12 outcomes.</summary>
    public static Arbitrary<Entry[]> Arbitrary => Arb.From(Gen.Choose(1, 12).SelectMany(length => Gen.ArrayOf(Entries, length)));

    private static Gen<Entry> Entries =>
        from painCount in Gen.Choose(0, 3)
        from painList in Gen.ArrayOf(from r in Gen.Elements(Regions) from b in Gen.Choose(0, 10) from a in Gen.Choose(0, 10) select (r, b, a), painCount)
        from beforeOnly in Gen.Elements(Regions)
        from ratingCount in Gen.Choose(0, 3)
        from ratings in Gen.ArrayOf(from e in Gen.Elements(Exercises) from r in Gen.Elements(Ratings) select (e, r), ratingCount)
        from conditions in Gen.SubListOf(Conditions)
        from minutes in Gen.Frequency((9, Gen.Choose(0, 600)), (1, Gen.Choose(-600, -1)))
        select new Entry(Document(painList, beforeOnly, ratings, conditions), minutes);

    private static string Document((string Region, int Before, int After)[] pain, string beforeOnly, (string Exercise, string Rating)[] ratings, IEnumerable<string> conditions)
    {
        var before = new JsonObject();
        var after = new JsonObject();
        foreach ((string region, int b, int a) in pain.DistinctBy(p => p.Region))
        {
            before[region] = b;
            after[region] = a;
        }

        // Pain rated only before a routine is not a change: the summary must skip it.
        if (!before.ContainsKey(beforeOnly)) before[beforeOnly] = 4;
        var document = new JsonObject
        {
            ["painBefore"] = before,
            ["painAfter"] = after,
            ["ratings"] = new JsonObject(ratings.DistinctBy(r => r.Exercise).Select(r => KeyValuePair.Create(r.Exercise, (JsonNode?)r.Rating))),
            ["conditions"] = new JsonArray(conditions.Select(c => (JsonNode)c).ToArray()),
        };
        return document.ToJsonString();
    }
}
