namespace Advisor.Simulation;

/// <summary>The mean, over people, of the served items' mean value (hidden expected reward) in one round.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="RulesOnly">The rules' order alone.</param>
/// <param name="Personalized">The personalizing ranker, learning as it goes.</param>
/// <param name="Best">The best possible order, knowing everyone's hidden values.</param>
public sealed record SimulationRound(int Round, double RulesOnly, double Personalized, double Best)
{
    /// <summary>The share of the gap between the rules' order and the best order that personalization closed: 0 is no better than the rules, 1 is the best.</summary>
    public double GapClosed => Best - RulesOnly > 1e-12 ? (Personalized - RulesOnly) / (Best - RulesOnly) : 1;

    /// <summary>The gap closed over several rounds at once: (Σ personalized − Σ rules only) / (Σ best − Σ rules only).</summary>
    public static double GapClosedOver(IEnumerable<SimulationRound> rounds)
    {
        var all = rounds.ToArray();
        return new SimulationRound(0, all.Sum(r => r.RulesOnly), all.Sum(r => r.Personalized), all.Sum(r => r.Best)).GapClosed;
    }
}
