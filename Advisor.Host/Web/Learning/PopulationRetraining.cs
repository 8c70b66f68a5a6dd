using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Retrains the population model in the background, never in a request: once
/// <see cref="LearningOptions.RetrainAfterOutcomes"/> outcomes are new, or every
/// <see cref="LearningOptions.RetrainMinutes"/> while any is, and soon after someone is erased. It
/// reads every outcome the store holds (so an erased person's are gone), or the most recent
/// <see cref="LearningOptions.LearningWindow"/> of them when it holds more, trains on one thread, swaps
/// the model in between two requests and saves the ranker. It also saves when asked (after an
/// erasure) and when the host stops, so that a restart replays little.
/// </summary>
public sealed class PopulationRetraining(
    IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, LearningOrder learning, SavedRanker saved, TimeProvider clock,
    IOptions<LearningOptions> options, ILogger<PopulationRetraining> log)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ErasureRetrainDelay = TimeSpan.FromMinutes(1);

    private long _claimedAtTraining;
    private DateTimeOffset _trainedAt;
    private DateTimeOffset? _erasedAt;
    private volatile bool _saveWanted;

    /// <summary>Population models trained (and saved) since start.</summary>
    public int Trainings { get; private set; }

    /// <summary>Asks for the ranker to be saved soon, and the population model retrained: someone was erased.</summary>
    public void PersonErased()
    {
        _erasedAt ??= clock.GetUtcNow();
        _saveWanted = true;
    }

    /// <summary>
    /// Trains a population model from everything the store holds now (or its learning window),
    /// relearns the online layers over it from the same outcomes in a second ranker, and swaps that in
    /// whole; then saves. The online layers are relearned rather than kept because they learned what
    /// the old population model missed, which the new one was trained on: kept, it would count twice.
    /// From a window, the second ranker makes no personal layer (one could lack its person's older
    /// outcomes): after the swap each person is paged in from the store, all their outcomes, on return.
    /// </summary>
    public async Task RetrainAsync(CancellationToken cancel)
    {
        if (ranker is not ThompsonRanker live) return;
        // Everything learned live from here on is kept, so the rebuilt ranker misses nothing.
        learning.StartRecording();
        long started = clock.GetTimestamp();
        int window = options.Value.LearningWindow;
        bool windowed = await store.HoldsMoreOutcomesThanAsync(window, cancel);
        IAsyncEnumerable<LoggedRoutine> Learnable() => windowed ? store.RecentOutcomesAsync(window, cancel) : store.EveryOutcomeAsync(cancel);
        var set = new TrainingSet(catalog);
        await foreach (LoggedRoutine logged in Learnable())
        {
            OutcomeToLearn outcome = StoredLearning.Read(logged, catalog);
            set.Add(AssessmentReader.Read(outcome.Routine.Assessment), RoutineOf(outcome.Routine), outcome.Outcome);
        }

        _trainedAt = clock.GetUtcNow();
        _erasedAt = null;
        if (set.Items.Count == 0)
        {
            learning.Replace(null, null);
            return;
        }

        // Training and relearning run on a pool thread, one core at most: the other serves requests.
        var rebuilt = new ThompsonRanker(catalog, live.Options);
        var rebuiltLearned = new LearnedOutcomes(learning.Exclusively(l => l.Window));
        rebuilt.UsePopulation(await Task.Run(() => set.Train(options.Value.PopulationTrainer), cancel));
        // Paged in only once it is live (Adopt keeps the live ranker's source, which reads what the live order has learned).
        if (windowed) rebuilt.SomeoneMayLackALayer();
        // A second pass rather than keeping every record of the first: a store's routines do not fit in memory twice.
        IAsyncEnumerable<LoggedRoutine> relearned = windowed ? StoredLearning.FromFirst(Learnable(), rebuiltLearned.LearnedBefore) : Learnable();
        await foreach (LoggedRoutine logged in relearned)
        {
            if (rebuiltLearned.Claim(StoredLearning.StampOf(logged))) learning.Teach(rebuilt, StoredLearning.Read(logged, catalog));
        }

        learning.Replace(rebuilt, rebuiltLearned);
        _claimedAtTraining = learning.Exclusively(l => l.Claimed);
        await saved.SaveAsync(cancel);
        Trainings++;
        log.LogInformation("The population model was retrained ({Trainer}) on {Count} logged outcomes in {Seconds:0.0} s.",
            options.Value.PopulationTrainer, set.Outcomes, clock.GetElapsedTime(started).TotalSeconds);
    }

    private static Routine RoutineOf(StoredRoutine routine) => StoredRoutineJson.Read(routine.Routine);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _trainedAt = clock.GetUtcNow();
        using var timer = new PeriodicTimer(Tick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (Due()) await RetrainAsync(stoppingToken);
                    else if (_saveWanted)
                    {
                        _saveWanted = false;
                        // Asked for by an erasure, which dropped its person from the ranker already.
                        await saved.SaveAsync(stoppingToken, askStore: false);
                    }
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException or Engine.Documents.InvalidDocumentException)
                {
                    // The host keeps serving on the model it has; the next tick tries again.
                    log.LogError("Retraining the population model failed: {Problem}", e.Message);
                    _trainedAt = clock.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await saved.SaveAsync(cancellationToken, askStore: false);
    }

    private bool Due()
    {
        LearningOptions settings = options.Value;
        long fresh = learning.Exclusively(l => l.Claimed) - _claimedAtTraining;
        DateTimeOffset now = clock.GetUtcNow();
        return (settings.RetrainAfterOutcomes > 0 && fresh >= settings.RetrainAfterOutcomes)
            || (settings.RetrainMinutes > 0 && fresh > 0 && now - _trainedAt >= TimeSpan.FromMinutes(settings.RetrainMinutes))
            || (_erasedAt is { } erased && now - erased >= ErasureRetrainDelay && (ranker as ThompsonRanker)?.Population is not null);
    }
}
