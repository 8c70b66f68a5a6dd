using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>One phase's rule-approved candidates, for a ranker to order.</summary>
/// <param name="RoutineId">The routine being built; with the ranker's seed it fixes the random draws, so the same inputs give the same routine.</param>
/// <param name="PersonId">Whose routine it is; null for an anonymous request, which gets only what the shared model knows.</param>
/// <param name="Assessment">The person's assessment, the context the ranker reads.</param>
/// <param name="Phase">The phase the candidates belong to.</param>
/// <param name="Candidates">The candidates in the rules' order (the order the routine has without a ranker).</param>
/// <param name="Fixed">Pairs whose order the rules fix: the phase's opener, a muscle's sequence, a prerequisite, and each first-line candidate against every other one.</param>
public sealed record RankingRequest(
    string RoutineId,
    string? PersonId,
    Assessment Assessment,
    RoutinePhase Phase,
    IReadOnlyList<Exercise> Candidates,
    IReadOnlyList<Precedence> Fixed);
