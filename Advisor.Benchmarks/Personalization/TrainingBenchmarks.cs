using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Host.Web;
using Advisor.Host.Web.Learning;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// What the host's background retraining and its start cost: training the population model on
/// 100,000 logged outcomes, relearning the online layers over it, and loading a saved ranker that
/// covers 1,000,000 outcomes of 10,000 people.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private PersonalizationWorkload _workload = null!;
    private TrainingSet _hundredThousand = null!;
    private LogEntry[] _log = null!;
    private string[] _people = null!;
    private PopulationModel _population = null!;
    private string _saved = null!;

    /// <summary>Builds the logs, and a saved ranker that learned 1,000,000 outcomes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = PersonalizationWorkload.Create(1000, 1);
        _people = PersonalizationWorkload.PersonIds(10_000);
        LogEntry[] million = _workload.Log(1_000_000, _people.Length, 4);
        _log = million[..100_000];
        _hundredThousand = _workload.TrainingSet(_log);
        _population = _hundredThousand.Train();
        ThompsonRanker ranker = _workload.FreshRanker();
        ranker.UsePopulation(_population);
        _workload.Replay(ranker, million, _people);
        _saved = Path.Combine(Path.GetTempPath(), $"ranker-benchmark-{Environment.ProcessId}.ranker");
        using var online = new MemoryStream();
        using (var writer = new BinaryWriter(online)) ranker.WriteState(writer);
        new ModelFile(_saved).Save(_population, online.ToArray(), Stamp.Next(TimeProvider.System), [], before: null);
        Console.WriteLine($"// Workload: {_hundredThousand.Items.Count} items in 100,000 outcomes; the saved ranker is {new FileInfo(_saved).Length / 1e6:F0} MB for {ranker.People} people.");
    }

    /// <summary>Removes the saved file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_saved);

    /// <summary>LightGBM on the rows of 100,000 outcomes, one thread.</summary>
    [Benchmark]
    public PopulationModel Train100KOutcomes() => _hundredThousand.Train(PopulationTrainer.LightGbm);

    /// <summary>The online layers relearned over the new population model from the same 100,000 outcomes: the retraining's second pass, parsing aside.</summary>
    [Benchmark]
    public long Relearn100KOutcomes()
    {
        ThompsonRanker ranker = _workload.FreshRanker();
        ranker.UsePopulation(_population);
        _workload.Replay(ranker, _log, _people);
        return ranker.ItemsLearned;
    }

    /// <summary>A fresh ranker loading the saved file that covers 1,000,000 outcomes: the host's start, less the newer outcomes it replays.</summary>
    [Benchmark]
    public int LoadSavedRanker1MOutcomes()
    {
        ThompsonRanker ranker = _workload.FreshRanker();
        new ModelFile(_saved).LoadInto(ranker, _workload.Catalog);
        return ranker.People;
    }
}
