using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using BenchmarkDotNet.Attributes;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.Benchmarks.Sessions;

/// <summary>
/// A desk worker's routine with 0, 10, 100 or 1,000 logged outcomes: each outcome rates neck and
/// lower-back pain and two movements, and every tenth notes early fatigue. The aim is that a
/// thousand outcomes cost at most twice as much as none.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private static readonly Assessment DeskWorker = new()
    {
        PainPoints = [new PainPoint(Region.Neck, 4), new PainPoint(Region.LowerBack, 3)],
        InactiveMuscles = [Muscle.Glutes],
        Setting = Setting.Desk,
        Day = Day.Workday,
        Minutes = 10,
    };

    private Recommender _recommender = null!;
    private History _history = null!;

    [Params(0, 10, 100, 1000)]
    public int Outcomes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ExerciseCatalog catalog = ExerciseCatalog.Load();
        _recommender = new Recommender(GuidanceRules.Compile(catalog), catalog);
        DateTimeOffset start = DateTimeOffset.UtcNow.AddDays(-Outcomes);
        _history = new History(Enumerable.Range(0, Outcomes).Select(i => new LoggedOutcome(start.AddDays(i), new Outcome
        {
            PainBefore = new Dictionary<Region, int> { [Region.Neck] = 4 + i % 3, [Region.LowerBack] = 3 + i % 2 },
            PainAfter = new Dictionary<Region, int> { [Region.Neck] = 3 + i % 4, [Region.LowerBack] = 3 },
            Ratings = new Dictionary<string, Rating> { ["cervical-nod"] = (Rating)(i % 3), ["seated-pelvic-tilt"] = Rating.Right },
            Conditions = i % 10 == 9 ? [Condition.EarlyFatigue] : [],
        })).ToArray());
    }

    [Benchmark]
    public Routine Recommend() => _recommender.Recommend(DeskWorker, _history).Routine;
}
