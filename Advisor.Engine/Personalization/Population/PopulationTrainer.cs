namespace Advisor.Engine.Personalization.Population;

/// <summary>
/// The ML.NET trainers the population model can be fitted with. The default was chosen by the
/// held-out comparison in BENCHMARKS.md (<c>simulate --compare-trainers</c>).
/// </summary>
public enum PopulationTrainer
{
    /// <summary>Gradient-boosted regression trees by LightGBM (Microsoft.ML.LightGbm).</summary>
    LightGbm,

    /// <summary>Gradient-boosted regression trees by ML.NET's own FastTree (Microsoft.ML.FastTree).</summary>
    FastTree,

    /// <summary>A linear regression by stochastic dual coordinate ascent: no interactions between context and exercise beyond what the features cross.</summary>
    Sdca,
}
