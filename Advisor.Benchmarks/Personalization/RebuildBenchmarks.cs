using Advisor.Engine.Personalization;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>Rebuilding a ranker from 1,000,000 logged outcomes of 10,000 people, replayed in order into a fresh one, as a host does on start.</summary>
[MemoryDiagnoser]
public class RebuildBenchmarks
{
    private PersonalizationWorkload _workload = null!;
    private LogEntry[] _log = null!;
    private string[] _people = null!;

    /// <summary>Builds the pool of routines and the log that refers to it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = PersonalizationWorkload.Create(1000, 1);
        _people = PersonalizationWorkload.PersonIds(10_000);
        _log = _workload.Log(1_000_000, _people.Length, 4);
    }

    /// <summary>A fresh ThompsonRanker, then Learn for each of the 1,000,000 logged outcomes.</summary>
    [Benchmark]
    public long Rebuild1MOutcomes()
    {
        ThompsonRanker ranker = _workload.FreshRanker();
        _workload.Replay(ranker, _log, _people);
        return ranker.ItemsLearned;
    }
}
