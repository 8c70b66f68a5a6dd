using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.UnitTests.Guidance;

/// <summary>Histories of logged outcomes, dated relative to <see cref="GuidanceFixture.Now"/>.</summary>
internal static class Logs
{
    /// <summary>One outcome per day, the last one yesterday; oldest first.</summary>
    public static History Daily(params Outcome[] oldestFirst) =>
        new(oldestFirst.Select((o, i) => new LoggedOutcome(GuidanceFixture.Now.AddDays(i - oldestFirst.Length), o)).ToArray());

    /// <summary>Outcomes logged the given number of days ago; oldest first.</summary>
    public static History At(params (int DaysAgo, Outcome Outcome)[] oldestFirst) =>
        new(oldestFirst.Select(l => new LoggedOutcome(GuidanceFixture.Now.AddDays(-l.DaysAgo), l.Outcome)).ToArray());

    /// <summary>An outcome with pain in one region before and after.</summary>
    public static Outcome Pain(Region region, int before, int after) => new()
    {
        PainBefore = new Dictionary<Region, int> { [region] = before },
        PainAfter = new Dictionary<Region, int> { [region] = after },
    };

    /// <summary>An outcome rating exercises.</summary>
    public static Outcome Rated(params (string Exercise, Rating Rating)[] ratings) => new()
    {
        Ratings = ratings.ToDictionary(r => r.Exercise, r => r.Rating),
    };

    /// <summary>An outcome noting conditions (frustrated, early-fatigue).</summary>
    public static Outcome Noticed(params Condition[] conditions) => new() { Conditions = conditions };
}
