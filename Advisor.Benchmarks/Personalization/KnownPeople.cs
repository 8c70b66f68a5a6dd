using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// The people the ranking and learning benchmarks measure against: 2,000 of them, who logged
/// 20,000 outcomes of a pool of 400 served routines, and the 4,096 outcomes they log next.
/// </summary>
public sealed class KnownPeople
{
    private KnownPeople(PersonalizationWorkload workload, string[] ids, LogEntry[] history)
    {
        Workload = workload;
        Ids = ids;
        History = history;
    }

    /// <summary>The pool of served routines and their outcomes.</summary>
    public PersonalizationWorkload Workload { get; }

    /// <summary>Their person ids, "person-0" ….</summary>
    public string[] Ids { get; }

    /// <summary>The 20,000 outcomes they logged, in order.</summary>
    public LogEntry[] History { get; }

    /// <summary>Builds the pool and the history (the same every time: everything is seeded).</summary>
    public static KnownPeople Create()
    {
        var workload = PersonalizationWorkload.Create(400, 1);
        string[] ids = PersonalizationWorkload.PersonIds(2000);
        return new KnownPeople(workload, ids, workload.Log(20_000, ids.Length, 2));
    }

    /// <summary>A fresh ranker that has learned their history.</summary>
    public ThompsonRanker TrainedRanker()
    {
        ThompsonRanker ranker = Workload.FreshRanker();
        Workload.Replay(ranker, History, Ids);
        return ranker;
    }

    /// <summary>A ranker that has learned their history over a population model trained on it.</summary>
    public ThompsonRanker TrainedRankerWithPopulation() => Workload.WithPopulation(History, Ids);

    /// <summary>The 4,096 outcomes they log next, for a benchmark to learn one at a time.</summary>
    public LogEntry[] NextOutcomes() => Workload.Log(4096, Ids.Length, 3);

    /// <summary>Learns one of their outcomes into <paramref name="ranker"/>.</summary>
    public void Learn(ThompsonRanker ranker, LogEntry entry) => Workload.Learn(ranker, entry, Ids);

    /// <summary>The first person's release phase of 20 catalog exercises in catalog order, the first opening the phase.</summary>
    public RankingRequest TwentyCandidates()
    {
        Assessment assessment = Workload.Assessments[0];
        IReadOnlyList<Exercise> candidates = Workload.Catalog.Exercises.Take(20).ToArray();
        return new RankingRequest("bench", Ids[0], assessment, RoutinePhase.Release, candidates,
            Enumerable.Range(1, candidates.Count - 1).Select(i => new Precedence(0, i)).ToArray());
    }
}
