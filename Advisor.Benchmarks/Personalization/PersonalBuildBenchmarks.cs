using Advisor.Engine.Assessments;
using Advisor.Engine.Personalization;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Routines;
using Advisor.Rules;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// What ranking adds to a recommendation: the routine built from one session of the guidance with
/// the rules' order alone, and with a learned ranker (every phase ranked, the fit to the minutes
/// run for the person's order and for the rules' so no first-line item is lost). The difference
/// between the two is the cost of personalization; the session itself is fired once, in setup.
/// </summary>
[MemoryDiagnoser]
public class PersonalBuildBenchmarks
{
    private Recommender _recommender = null!;
    private ThompsonRanker _ranker = null!;
    private IConclusions _session = null!;
    private Assessment _assessment = null!;
    private string _person = null!;

    [GlobalSetup]
    public void Setup()
    {
        KnownPeople people = KnownPeople.Create();
        _ranker = people.TrainedRanker();
        _recommender = new Recommender(Guidance.Compile(people.Workload.Catalog), people.Workload.Catalog);
        // The example of the issue: inactive glutes at home, hip flexors to release, a short routine.
        _assessment = new Assessment { InactiveMuscles = [Muscle.Glutes, Muscle.Abdominals], Setting = Setting.Home, Minutes = 12, Equipment = [Equipment.Mat] };
        _session = _recommender.Fire(_assessment, null);
        _person = people.Ids[0];
        Routine routine = RankedBuild();
        Console.WriteLine($"// Workload: {routine.Phases.Sum(p => p.Items.Count)} items in {routine.Phases.Count} phases.");
    }

    /// <summary>The rules' order alone.</summary>
    [Benchmark(Baseline = true)]
    public Routine RulesBuild() => _recommender.Build(_session, _assessment, "bench", _person, null).Routine;

    /// <summary>The person's order, within the rules' bounds.</summary>
    [Benchmark]
    public Routine RankedBuild() => _recommender.Build(_session, _assessment, "bench", _person, _ranker).Routine;
}
