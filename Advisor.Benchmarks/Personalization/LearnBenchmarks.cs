using Advisor.Engine.Personalization;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>Learning from one logged outcome (every served item of the routine) into a ranker that already knows 20,000 outcomes of 2,000 people.</summary>
[MemoryDiagnoser]
public class LearnBenchmarks
{
    private PersonalizationWorkload _workload = null!;
    private ThompsonRanker _ranker = null!;
    private LogEntry[] _next = null!;
    private string[] _people = null!;
    private int _at;

    /// <summary>Builds the pool and the trained ranker, and picks the outcomes to learn next.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = PersonalizationWorkload.Create(400, 1);
        _people = PersonalizationWorkload.PersonIds(2000);
        _ranker = new ThompsonRanker(_workload.Catalog, new RankerOptions { Seed = 1 });
        _workload.Replay(_ranker, _workload.Log(20_000, _people.Length, 2), _people);
        _next = _workload.Log(4096, _people.Length, 3);
        double items = _next.Average(e => _workload.Routines[e.Routine].Phases.Sum(p => p.Items.Count));
        Console.WriteLine($"// Workload: {_ranker.ItemsLearned} items learned; the next outcomes have {items:F1} items on average.");
    }

    /// <summary>ThompsonRanker.Learn for one outcome.</summary>
    [Benchmark]
    public void LearnOneOutcome()
    {
        LogEntry entry = _next[_at++ & 4095];
        _ranker.Learn(_people[entry.Person], _workload.Assessments[entry.Routine], _workload.Routines[entry.Routine], _workload.Outcomes[entry.Routine][entry.Outcome]);
    }
}
