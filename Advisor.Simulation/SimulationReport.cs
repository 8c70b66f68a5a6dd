namespace Advisor.Simulation;

/// <summary>What a simulation found.</summary>
/// <param name="People">How many synthetic people took part.</param>
/// <param name="Rounds">One entry per round, in order.</param>
/// <param name="ItemsServed">Personalized items served over all rounds.</param>
/// <param name="RuleExcluded">
/// Personalized items the rules had not approved (not proposed, or excluded), plus personalized
/// routines that broke the phase order or the minutes; must be 0. (An order that breaks the rules'
/// fixed pairs cannot happen: the builder refuses it.)
/// </param>
public sealed record SimulationReport(int People, IReadOnlyList<SimulationRound> Rounds, int ItemsServed, int RuleExcluded)
{
    /// <summary>How many people joined after the rounds.</summary>
    public int Newcomers { get; init; }

    /// <summary>The newcomers' first routines, one entry per routine (empty without newcomers).</summary>
    public IReadOnlyList<SimulationRound> NewcomerRounds { get; init; } = [];

    /// <summary>The gap closed over rounds <paramref name="first"/> to <paramref name="last"/> together (sums of the means), or null when the run is shorter.</summary>
    public double? GapClosedOver(int first, int last) => last <= Rounds.Count ? SimulationRound.GapClosedOver(Rounds.Skip(first - 1).Take(last - first + 1)) : null;

    /// <summary>The gap closed over the newcomers' first routines together, or null without newcomers.</summary>
    public double? NewcomerGapClosed => NewcomerRounds.Count == 0 ? null : SimulationRound.GapClosedOver(NewcomerRounds);
}
