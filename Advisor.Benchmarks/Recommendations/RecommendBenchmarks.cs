using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;
using Advisor.Rules;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Recommendations;

/// <summary>One full recommendation per example: validating the JSON, running the guidance, building the routine.</summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private Recommender _recommender = null!;
    private string _json = null!;

    public static IEnumerable<string> Examples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "examples"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Examples))]
    public string Example { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        ExerciseCatalog catalog = ExerciseCatalog.Load();
        _recommender = new Recommender(Guidance.Compile(catalog), catalog);
        _json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "examples", Example + ".json"));
        Routine routine = Recommend();
        if (routine.Status == RoutineStatus.Ok && routine.Phases.Count == 0)
            throw new InvalidOperationException($"{Example} gave an empty routine; the benchmark would measure nothing.");
    }

    [Benchmark]
    public Routine Recommend() => _recommender.Recommend(AssessmentReader.Read(_json), routineId: "bench").Routine;
}
