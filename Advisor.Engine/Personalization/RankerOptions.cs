using Advisor.Engine.Routines;

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
    /// Prior variance of one weight of the shared model, which crosses each assessment feature with
    /// each exercise; an item's shared score sums one per assessment feature (about 4 to 12).
    /// </summary>
    public double SharedPriorVariance { get; init; } = 0.005;

    /// <summary>Prior variance of one weight of a person's tastes, one per exercise trait; an item's taste score sums about 6.</summary>
    public double TastePriorVariance { get; init; } = 0.01;

    /// <summary>Prior variance of a person's offset for one exercise, beyond their tastes.</summary>
    public double OffsetPriorVariance { get; init; } = 0.005;

    /// <summary>Variance of one item's reward around what the model expects: how noisy a single outcome is.</summary>
    public double NoiseVariance { get; init; } = 0.1;

    /// <summary>
    /// Scales the spread of each draw: 1 is plain Thompson sampling, 0 orders by the posterior mean
    /// alone (no exploration, and every probability is 1). In the simulation, over rounds 16 to 20
    /// of three seeds, a quarter closed 69% of the gap to the best order, a half 62% and plain
    /// Thompson sampling about 50%, while a quarter still explores enough to keep learning and to
    /// leave probabilities below 1 wherever the model is unsure (see BENCHMARKS.md).
    /// </summary>
    public double Exploration { get; init; } = 0.25;

    /// <summary>
    /// The most personal layers held in memory at once; past it the least recently ranked or taught
    /// person's layer is dropped, and rebuilt from their stored outcomes when they return (see
    /// <see cref="ThompsonRanker.PageInFrom"/>). A layer is about 4 to 6 KiB (BENCHMARKS.md, "The
    /// personal layer's memory per person"), so 50,000 keeps the layers near 250 MB: half of a
    /// 500 MB host, the rest for the shared weights, the population model and serving.
    /// </summary>
    public int ResidentPeople { get; init; } = 50_000;

    /// <summary>
    /// How long after its stamp an outcome may still be learned (a write that lands late, another
    /// host's found by polling): a layer names the outcomes it holds from that long before its
    /// latest, and holds every older one, so that a kept layer is read back with only what is newer.
    /// </summary>
    public TimeSpan LateWindow { get; init; } = TimeSpan.FromSeconds(7);

    /// <summary>Fails on settings the ranker cannot work with.</summary>
    public RankerOptions Validated()
    {
        if (!(Exploration >= 0)) throw new ArgumentOutOfRangeException(nameof(Exploration), Exploration, "Exploration cannot be negative.");
        if (ResidentPeople < 1) throw new ArgumentOutOfRangeException(nameof(ResidentPeople), ResidentPeople, "At least one personal layer must fit.");
        if (LateWindow < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(LateWindow), LateWindow, "The late window cannot be negative.");
        if (Draws < 1) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "At least one draw is needed.");
        if (!(SharedPriorVariance > 0) || !(TastePriorVariance > 0) || !(OffsetPriorVariance > 0) || !(NoiseVariance > 0))
            throw new ArgumentOutOfRangeException(nameof(NoiseVariance), "Variances must be positive.");
        return this;
    }
}
