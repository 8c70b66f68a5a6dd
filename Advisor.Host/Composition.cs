using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;
using Advisor.Rules;

namespace Advisor.Host;

/// <summary>Builds the engine once: compiled guidance, the catalog from data/, and the recommender over both.</summary>
public static class Composition
{
    private static readonly Lazy<Recommender> Shared = new(() => new Recommender(Guidance.Compile(), ExerciseCatalog.Load()));

    /// <summary>The process-wide recommender.</summary>
    public static Recommender Recommender => Shared.Value;
}
