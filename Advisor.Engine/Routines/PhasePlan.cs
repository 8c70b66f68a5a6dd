using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>The items of one phase, in the order to do them.</summary>
public sealed record PhasePlan(RoutinePhase Phase, IReadOnlyList<RoutineItem> Items);
