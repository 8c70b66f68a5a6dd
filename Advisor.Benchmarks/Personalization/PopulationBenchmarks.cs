using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// The ranker over a population model (LightGBM) trained on 20,000 outcomes of 2,000 people:
/// ranking 20 candidates (population scores cached for the context), the population scores of a
/// context not seen before (every catalog exercise through ML.NET), and learning one outcome.
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    private PersonalizationWorkload _workload = null!;
    private ThompsonRanker _ranker = null!;
    private PopulationModel _population = null!;
    private RankingRequest _request = null!;
    private int[][] _contexts = null!;
    private LogEntry[] _next = null!;
    private string[] _people = null!;
    private int _at;

    /// <summary>Trains the ranker and its population model, and builds the requests.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = PersonalizationWorkload.Create(400, 1);
        _people = PersonalizationWorkload.PersonIds(2000);
        _ranker = _workload.WithPopulation(_workload.Log(20_000, _people.Length, 2), _people);
        _population = _ranker.Population!;
        Assessment assessment = _workload.Assessments[0];
        IReadOnlyList<Exercise> candidates = _workload.Catalog.Exercises.Take(20).ToArray();
        _request = new RankingRequest("bench", _people[0], assessment, RoutinePhase.Release, candidates,
            Enumerable.Range(1, candidates.Count - 1).Select(i => new Precedence(0, i)).ToArray());
        _ranker.Rank(_request);
        _contexts = _workload.Assessments.Select(AssessmentFeatures.Of).ToArray();
        _next = _workload.Log(4096, _people.Length, 3);
    }

    /// <summary>ThompsonRanker.Rank over 20 candidates, the population's scores for the context cached.</summary>
    [Benchmark]
    public PhaseRanking Rank20CandidatesWithPopulation() => _ranker.Rank(_request);

    /// <summary>ML.NET's predictions for every catalog exercise in one context: what the first ranking in a new context adds.</summary>
    [Benchmark]
    public float[] PopulationScoresOfNewContext() => _population.ScoresUncached(_contexts[_at++ % _contexts.Length]);

    /// <summary>ThompsonRanker.Learn for one outcome, over the population model.</summary>
    [Benchmark]
    public void LearnOneOutcomeWithPopulation()
    {
        LogEntry entry = _next[_at++ & 4095];
        _ranker.Learn(_people[entry.Person], _workload.Assessments[entry.Routine], _workload.Routines[entry.Routine], _workload.Outcomes[entry.Routine][entry.Outcome]);
    }
}
