namespace Advisor.Engine.Personalization.Simulation;

/// <summary>What a simulation found.</summary>
/// <param name="People">How many synthetic people took part.</param>
/// <param name="Rounds">One entry per round, in order.</param>
/// <param name="ItemsServed">Personalized items served over all rounds.</param>
/// <param name="RuleExcluded">
/// Personalized items the rules had not approved (not proposed, or excluded), plus personalized
/// routines that broke the phase order or the minutes; must be 0. (An order that breaks the rules'
/// fixed pairs cannot happen: the builder refuses it.)
/// </param>
public sealed record SimulationReport(int People, IReadOnlyList<SimulationRound> Rounds, int ItemsServed, int RuleExcluded);
