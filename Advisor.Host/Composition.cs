using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;
using Advisor.Rules;
using Advisor.Rules.Runtime;

namespace Advisor.Host;

/// <summary>
/// The command line's composition root: builds the engine once per process (compiled guidance, the
/// catalog from data/, and the recommender over both) for the verbs and the seeder, which run once and
/// exit. The web host does not use it: its container builds the same services (see Web.EngineServices).
/// </summary>
public static class Composition
{
    private static readonly Lazy<Guidance> CompiledGuidance = new(() => Guidance.Compile(Catalog));
    private static readonly Lazy<Guidance> InterpretedGuidance = new(() => Guidance.Compile(Catalog, expressions: RuleExpressions.Interpreted));
    private static readonly Lazy<ExerciseCatalog> LoadedCatalog = new(() => ExerciseCatalog.Load());
    private static readonly Lazy<Recommender> Shared = new(() => new Recommender(Guidance, Catalog));
    private static readonly Lazy<Recommender> Once = new(() => new Recommender(InterpretedGuidance.Value, Catalog));

    /// <summary>The guidance on NRules, compiled once per process with the catalog its rules read.</summary>
    public static Guidance Guidance => CompiledGuidance.Value;

    /// <summary>The catalog from data/, loaded once per process.</summary>
    public static ExerciseCatalog Catalog => LoadedCatalog.Value;

    /// <summary>The process-wide recommender with the rules' order alone, for commands that recommend many times.</summary>
    public static Recommender Recommender => Shared.Value;

    /// <summary>
    /// The same recommender over interpreted rule expressions, for commands that answer once and
    /// exit: compiling the guidance to IL takes longer than the one session it would speed up.
    /// </summary>
    public static Recommender RecommenderForOneAnswer => Once.Value;
}
