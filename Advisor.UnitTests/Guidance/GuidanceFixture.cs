using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// The compiled guidance and the catalog, each built once for the whole test run (compiling the
/// rules is the expensive part), and a recommender on a fixed clock so histories are reproducible.
/// Use it as an xunit class fixture or through <see cref="Shared"/>.
/// </summary>
public sealed class GuidanceFixture
{
    /// <summary>The instant every recommendation is made at; logged outcomes are dated relative to it.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ExerciseCatalog> LoadedCatalog = new(() => ExerciseCatalog.Load());
    private static readonly Lazy<GuidanceRules> CompiledGuidance = new(() => GuidanceRules.Compile(LoadedCatalog.Value));
    private static readonly Lazy<Recommender> FixedRecommender =
        new(() => new Recommender(CompiledGuidance.Value, LoadedCatalog.Value, new FixedClock(Now)));

    /// <summary>One instance for code that is not a test class (static helpers, data sources).</summary>
    public static GuidanceFixture Shared { get; } = new();

    /// <summary>The guidance compiled on NRules, shared.</summary>
    public GuidanceRules Guidance => CompiledGuidance.Value;

    /// <summary>The catalog from the data folder copied beside the tests.</summary>
    public ExerciseCatalog Catalog => LoadedCatalog.Value;

    /// <summary>A recommender whose clock always reads <see cref="Now"/>.</summary>
    public Recommender Recommender => FixedRecommender.Value;

    /// <summary>The routine for <paramref name="assessment"/> (and <paramref name="history"/>), as of <see cref="Now"/>.</summary>
    public Routine Recommend(Assessment assessment, History? history = null) =>
        Recommender.Recommend(assessment, history, "test-routine").Routine;

    /// <summary>The whole recommendation, for Explain and the session.</summary>
    public Recommendation Recommendation(Assessment assessment, History? history = null) =>
        Recommender.Recommend(assessment, history, "test-routine");

    /// <summary>The catalog entry of <paramref name="id"/>.</summary>
    public Exercise Exercise(string id) => Catalog[id];

    /// <summary>A clock that never moves.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
