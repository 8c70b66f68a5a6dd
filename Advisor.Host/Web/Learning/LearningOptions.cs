using Advisor.Engine.Personalization.Population;

namespace Advisor.Host.Web.Learning;

/// <summary>How the host trains and keeps the ranker's population model; bound from the same settings as <see cref="AdvisorOptions"/>.</summary>
public sealed class LearningOptions
{
    /// <summary>
    /// How many of the most recent outcomes a start without a saved ranker, and each retraining,
    /// learn from: a store of millions is not replayed whole. People whose outcomes are all older are
    /// read back from the store when they return.
    /// </summary>
    public int LearningWindow { get; set; } = 100_000;

    /// <summary>Retrain the population model once this many outcomes are new since the last training (and the first time once the store has this many).</summary>
    public int RetrainAfterOutcomes { get; set; } = 500;

    /// <summary>Retrain at least this often while any outcome is new; 0 retrains only by count.</summary>
    public int RetrainMinutes { get; set; } = 60;

    /// <summary>The ML.NET trainer of the population model.</summary>
    public PopulationTrainer PopulationTrainer { get; set; } = PopulationTrainer.LightGbm;

    /// <summary>
    /// Where the ranker is saved so that a restart replays only newer outcomes. Empty: beside an
    /// SQLite store, as its file name plus <c>.ranker</c>; not saved for PostgreSQL (each host then
    /// replays the store at start) unless a path is given.
    /// </summary>
    public string ModelFile { get; set; } = "";

    /// <summary>With PostgreSQL, how often to read the outcomes other hosts stored, in milliseconds.</summary>
    public int SharedPollMilliseconds { get; set; } = 500;
}
