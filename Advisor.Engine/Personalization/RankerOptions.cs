namespace Advisor.Engine.Personalization;

/// <summary>Settings of the <see cref="ThompsonRanker"/>. The defaults are the ones the simulation and the benchmarks were run with.</summary>
public sealed record RankerOptions
{
    /// <summary>Personalization on or off. Off, the recommender ignores the ranker (the rules' order decides); the ranker still learns.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Seeds the random draws; with the same seed, model and inputs (routine id included), a routine is the same.</summary>
    public int Seed { get; init; }

    /// <summary>Draws from the posterior per phase: one decides the order, all of them estimate each item's <see cref="ItemPersonalization.Probability"/>.</summary>
    public int Draws { get; init; } = 32;

    /// <summary>
    /// Prior variance of one weight of the shared model. An item's score sums one weight per pair
    /// of (assessment feature, exercise feature), typically 30 to 80 of them.
    /// </summary>
    public double SharedPriorVariance { get; init; } = 0.002;

    /// <summary>Prior variance of one weight of a person's own adjustment (exercise features, alone and with the setting).</summary>
    public double PersonalPriorVariance { get; init; } = 0.004;

    /// <summary>Variance of one item's reward around what the model expects: how noisy a single outcome is.</summary>
    public double NoiseVariance { get; init; } = 0.04;

    /// <summary>Fails on settings the ranker cannot work with.</summary>
    public RankerOptions Validated()
    {
        if (Draws < 1) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "At least one draw is needed.");
        if (!(SharedPriorVariance > 0) || !(PersonalPriorVariance > 0) || !(NoiseVariance > 0))
            throw new ArgumentOutOfRangeException(nameof(NoiseVariance), "Variances must be positive.");
        return this;
    }
}
