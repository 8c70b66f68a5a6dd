using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Reasoning;

namespace Advisor.Engine.Routines;

/// <summary>
/// The engine's one entry point: an assessment and a person's history in, a routine out. Holds the
/// compiled guidance and the catalog; safe to share across threads (a session per call).
/// </summary>
/// <param name="guidance">The guidance, compiled once.</param>
/// <param name="catalog">The catalog the routines draw from.</param>
/// <param name="clock">The clock histories are read against; the system clock by default.</param>
/// <param name="ranker">
/// The personalizing ranker, or null for the rules' order alone. A ranker that is not
/// <see cref="IRanker.Enabled"/> is ignored: the routine is then exactly the one without a ranker.
/// An enabled ranker orders each phase's rule-approved candidates for the person (see
/// <see cref="IRanker"/> for what it may and may not change) and every item records its
/// <see cref="RoutineItem.Personalization"/>.
/// </param>
public sealed class Recommender(IGuidance guidance, ExerciseCatalog catalog, TimeProvider? clock = null, IRanker? ranker = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The catalog the routines draw from.</summary>
    public ExerciseCatalog Catalog => catalog;

    /// <summary>The guidance.</summary>
    public IGuidance Guidance => guidance;

    /// <summary>Runs the guidance over <paramref name="assessment"/> and <paramref name="history"/> and builds the routine.</summary>
    /// <param name="assessment">The person's assessment.</param>
    /// <param name="history">The person's logged outcomes, oldest first; none by default.</param>
    /// <param name="routineId">The routine's id; a new one by default. With the ranker's seed it fixes the ranker's draws.</param>
    /// <param name="personId">Whose routine it is, for the ranker's personal model; null gets only what the shared model knows.</param>
    public Recommendation Recommend(Assessment assessment, History? history = null, string? routineId = null, string? personId = null) =>
        Build(Fire(assessment, history), assessment, routineId ?? Guid.NewGuid().ToString("n"), personId, ranker is { Enabled: true } ? ranker : null);

    /// <summary>Runs the guidance over <paramref name="assessment"/> and a history a store kept summarized, and builds the routine.</summary>
    /// <param name="assessment">The person's assessment.</param>
    /// <param name="history">The summary of the person's logged outcomes: the same routine as from the log it summarizes.</param>
    /// <param name="routineId">The routine's id; a new one by default.</param>
    /// <param name="personId">Whose routine it is, for the ranker's personal model.</param>
    public Recommendation Recommend(Assessment assessment, HistorySummary history, string? routineId = null, string? personId = null) =>
        Build(Fire(assessment, history), assessment, routineId ?? Guid.NewGuid().ToString("n"), personId, ranker is { Enabled: true } ? ranker : null);

    /// <summary>The guidance run over the assessment and history: the rules' conclusions, before any routine is built.</summary>
    /// <remarks>With <see cref="Build"/>, several routines that differ only by their order come from one run, as a simulation compares them.</remarks>
    public IConclusions Fire(Assessment assessment, History? history) => Fire(assessment, HistorySummary.Of(history ?? History.None));

    private IConclusions Fire(Assessment assessment, HistorySummary history) =>
        guidance.Conclude(FactSheet.Of(assessment, history, _clock.GetUtcNow()));

    /// <summary>The routine from the rules' conclusions, ordered by <paramref name="personalizing"/> when it is not null; several may be built from one run.</summary>
    public Recommendation Build(IConclusions conclusions, Assessment assessment, string routineId, string? personId, IRanker? personalizing)
    {
        Routine routine = new RoutineBuilder(catalog, conclusions, assessment, personalizing, personId).Build(routineId);
        return new Recommendation(routine, conclusions, catalog);
    }
}
