namespace Advisor.Engine.Routines;

/// <summary>A ranker's answer for one phase.</summary>
/// <param name="Order">Indices into the request's candidates, in the order to do them: a permutation.</param>
/// <param name="Placements">One per candidate, by the candidate's index in the request (not by place).</param>
public sealed record PhaseRanking(IReadOnlyList<int> Order, IReadOnlyList<Placement> Placements);
