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
    private KnownPeople _people = null!;
    private ThompsonRanker _ranker = null!;
    private PopulationModel _population = null!;
    private RankingRequest _request = null!;
    private int[][] _contexts = null!;
    private LogEntry[] _next = null!;
    private int _at;

    /// <summary>Trains the ranker and its population model, and builds the requests.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _people = KnownPeople.Create();
        _ranker = _people.TrainedRankerWithPopulation();
        _population = _ranker.Population!;
        _request = _people.TwentyCandidates();
        _ranker.Rank(_request);
        _contexts = _people.Workload.Assessments.Select(AssessmentFeatures.Of).ToArray();
        _next = _people.NextOutcomes();
    }

    /// <summary>ThompsonRanker.Rank over 20 candidates, the population's scores for the context cached.</summary>
    [Benchmark]
    public PhaseRanking Rank20CandidatesWithPopulation() => _ranker.Rank(_request);

    /// <summary>ML.NET's predictions for every catalog exercise in one context: what the first ranking in a new context adds.</summary>
    [Benchmark]
    public float[] PopulationScoresOfNewContext() => _population.ScoresUncached(_contexts[_at++ % _contexts.Length]);

    /// <summary>ThompsonRanker.Learn for one outcome, over the population model.</summary>
    [Benchmark]
    public void LearnOneOutcomeWithPopulation() => _people.Learn(_ranker, _next[_at++ & 4095]);
}
