using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Inference.Runtime;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Routines;

/// <summary>
/// The engine's one entry point: an assessment and a person's history in, a routine out. Holds the
/// compiled guidance and the catalog; safe to share across threads (a session per call).
/// </summary>
public sealed class Recommender(ISessionFactory guidance, ExerciseCatalog catalog, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The catalog the routines draw from.</summary>
    public ExerciseCatalog Catalog => catalog;

    /// <summary>The compiled guidance.</summary>
    public ISessionFactory Guidance => guidance;

    /// <summary>Runs the guidance over <paramref name="assessment"/> and <paramref name="history"/> and builds the routine.</summary>
    public Recommendation Recommend(Assessment assessment, History? history = null, string? routineId = null)
    {
        ISession session = guidance.CreateSession();
        session.InsertAll(catalog.Facts);
        session.InsertAll(FactSheet.Of(assessment, history ?? History.None, _clock.GetUtcNow()));
        session.Fire();
        Routine routine = new RoutineBuilder(catalog, session, assessment).Build(routineId ?? Guid.NewGuid().ToString("n"));
        return new Recommendation(routine, session, catalog, guidance.Rules);
    }
}
