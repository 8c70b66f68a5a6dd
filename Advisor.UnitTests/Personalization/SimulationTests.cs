using Advisor.Simulation;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>A short run of the simulation: the ranker learns hidden preferences it never sees, and never leaves the rules' bounds.</summary>
public sealed class SimulationTests
{
    [Fact]
    public void Personalization_closes_most_of_the_gap_to_the_best_order_and_chooses_only_what_the_rules_allow()
    {
        var simulation = new Simulator(GuidanceFixture.Shared.Guidance, GuidanceFixture.Shared.Catalog);

        SimulationReport report = simulation.Run(people: 90, rounds: 20, seed: 11);

        Assert.Equal(0, report.RuleExcluded);
        var late = report.Rounds.Skip(15).ToArray();
        double rulesOnly = late.Average(r => r.RulesOnly), personalized = late.Average(r => r.Personalized), best = late.Average(r => r.Best);
        Assert.True(best > rulesOnly, "the simulated people must have preferences the rules' order misses");
        double closed = (personalized - rulesOnly) / (best - rulesOnly);
        Assert.True(closed > 0.4, $"rounds 16-20 closed only {closed:P0} of the gap (rules {rulesOnly:F4}, personalized {personalized:F4}, best {best:F4})");
    }

    [Fact]
    public void A_run_is_repeatable_from_its_seed()
    {
        var simulation = new Simulator(GuidanceFixture.Shared.Guidance, GuidanceFixture.Shared.Catalog);

        Assert.Equal(simulation.Run(12, 4, seed: 3).Rounds, simulation.Run(12, 4, seed: 3).Rounds);
    }
}
