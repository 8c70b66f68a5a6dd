using Advisor.Engine.Personalization;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>Learning from one logged outcome (every served item of the routine) into a ranker that already knows 20,000 outcomes of 2,000 people.</summary>
[MemoryDiagnoser]
public class LearnBenchmarks
{
    private KnownPeople _people = null!;
    private ThompsonRanker _ranker = null!;
    private LogEntry[] _next = null!;
    private int _at;

    /// <summary>Builds the pool and the trained ranker, and picks the outcomes to learn next.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _people = KnownPeople.Create();
        _ranker = _people.TrainedRanker();
        _next = _people.NextOutcomes();
        double items = _next.Average(e => _people.Workload.Routines[e.Routine].Phases.Sum(p => p.Items.Count));
        Console.WriteLine($"// Workload: {_ranker.ItemsLearned} items learned; the next outcomes have {items:F1} items on average.");
    }

    /// <summary>ThompsonRanker.Learn for one outcome.</summary>
    [Benchmark]
    public void LearnOneOutcome() => _people.Learn(_ranker, _next[_at++ & 4095]);
}
