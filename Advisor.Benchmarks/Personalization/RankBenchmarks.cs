using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// Ordering one phase of 20 candidates for a person with a history, including the 32 draws that
/// estimate each item's probability. Explanations are composed only for the items a routine keeps,
/// when the builder asks, so they are not part of this.
/// </summary>
[MemoryDiagnoser]
public class RankBenchmarks
{
    private ThompsonRanker _ranker = null!;
    private RankingRequest _request = null!;

    /// <summary>Trains a ranker and builds a request: 20 catalog exercises in catalog order, the first opening the phase.</summary>
    [GlobalSetup]
    public void Setup()
    {
        KnownPeople people = KnownPeople.Create();
        _ranker = people.TrainedRanker();
        _request = people.TwentyCandidates();
        PhaseRanking ranking = _ranker.Rank(_request);
        int uncertain = ranking.Placements.Count(p => p.Personalization.Probability < 1);
        Console.WriteLine($"// Workload: {_request.Candidates.Count} candidates, {uncertain} placed with probability below 1, {ranking.Placements.Count(p => p.Explanation is not null)} with an explanation (composed when asked for).");
        if (uncertain == 0) throw new InvalidOperationException("Nothing is uncertain: the benchmark would skip the draws.");
    }

    /// <summary>ThompsonRanker.Rank over 20 candidates.</summary>
    [Benchmark]
    public PhaseRanking Rank20Candidates() => _ranker.Rank(_request);
}
