using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
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
        var workload = PersonalizationWorkload.Create(400, 1);
        string[] people = PersonalizationWorkload.PersonIds(2000);
        _ranker = new ThompsonRanker(workload.Catalog, new RankerOptions { Seed = 1 });
        workload.Replay(_ranker, workload.Log(20_000, people.Length, 2), people);
        Assessment assessment = workload.Assessments[0];
        IReadOnlyList<Exercise> candidates = workload.Catalog.Exercises.Take(20).ToArray();
        _request = new RankingRequest("bench", people[0], assessment, RoutinePhase.Release, candidates,
            Enumerable.Range(1, candidates.Count - 1).Select(i => new Precedence(0, i)).ToArray());
        PhaseRanking ranking = _ranker.Rank(_request);
        int uncertain = ranking.Placements.Count(p => p.Personalization.Probability < 1);
        Console.WriteLine($"// Workload: {candidates.Count} candidates, {uncertain} placed with probability below 1, {ranking.Placements.Count(p => p.Explanation is not null)} with an explanation (composed when asked for).");
        if (uncertain == 0) throw new InvalidOperationException("Nothing is uncertain: the benchmark would skip the draws.");
    }

    /// <summary>ThompsonRanker.Rank over 20 candidates.</summary>
    [Benchmark]
    public PhaseRanking Rank20Candidates() => _ranker.Rank(_request);
}
