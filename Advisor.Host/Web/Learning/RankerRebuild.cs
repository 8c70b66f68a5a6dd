using System.Diagnostics;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// On start, before the host serves: loads the saved ranker (population model and online layers)
/// and teaches it the outcomes logged since it was saved; without a usable saved ranker, teaches a
/// fresh one every outcome in the store, in the order they were logged, or, when the store holds
/// more than <see cref="LearningOptions.LearningWindow"/>, only that many of the most recent: then
/// nobody gets a layer from the replay (it could lack their older outcomes) and each person is paged
/// in, with all their outcomes, when they return. With the whole log the host starts with the model
/// it would have if it had served them all. Only then does the ranker page dropped
/// layers back in from the store (<see cref="StoredHistory"/>): during the replay, a person's later
/// outcomes, stored already, would be read into their layer before their turn. Whoever found no
/// room for a layer during the replay is paged in, with every outcome once, when they next return.
/// </summary>
public sealed class RankerRebuild(
    IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, LearningOrder learning, SavedRanker saved, StoredHistory history,
    IOptions<LearningOptions> options, ILogger<RankerRebuild> log)
    : IHostedService
{
    /// <summary>Outcomes learned at start.</summary>
    public long Learned { get; private set; }

    /// <summary>True when the start began from the saved ranker.</summary>
    public bool Restored { get; private set; }

    /// <summary>True when the store held more outcomes than the learning window, so the start learned the window only.</summary>
    public bool Windowed { get; private set; }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        DateTimeOffset? from = null;
        if (ranker is ThompsonRanker thompson && saved.File is { } file)
        {
            try
            {
                ModelFile.Saved state = file.LoadInto(thompson, catalog);
                from = learning.Exclusively(l =>
                {
                    l.Restore(state.Cursor, state.Recent, state.Before);
                    return l.ReadFrom;
                }) ?? DateTimeOffset.MinValue;
                Restored = true;
                await saved.ForgetErasedAsync(thompson, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                // A new store has nothing to say; a store with outcomes but no saved ranker is worth a line.
                from = null;
            }
            catch (InvalidDataException e)
            {
                log.LogWarning("The saved ranker {Path} cannot be used ({Problem}); rebuilding it from the store.", file.Path, e.Message);
                from = null;
            }
        }

        int window = options.Value.LearningWindow;
        if (from is { } since) Learned = await StoredLearning.LearnAsync(store.OutcomesSinceAsync(since, cancellationToken), learning, catalog);
        else if (await store.HoldsMoreOutcomesThanAsync(window, cancellationToken))
        {
            Windowed = true;
            (ranker as ThompsonRanker)?.SomeoneMayLackALayer();
            Learned = await StoredLearning.LearnWindowAsync(store.RecentOutcomesAsync(window, cancellationToken), learning, catalog);
        }
        else Learned = await StoredLearning.LearnAsync(store.EveryOutcomeAsync(cancellationToken), learning, catalog);

        (ranker as ThompsonRanker)?.PageInFrom(history);
        if (Restored && Learned == 0)
            log.LogInformation("The ranker was loaded from {Path} in {Seconds:0.0} s; no outcome is newer.", saved.File!.Path, watch.Elapsed.TotalSeconds);
        else if (Learned > 0)
        {
            if (Restored) log.LogInformation("The ranker was loaded from {Path} and learned {Count} newer outcomes in {Seconds:0.0} s.", saved.File!.Path, Learned, watch.Elapsed.TotalSeconds);
            else if (Windowed)
                log.LogInformation(
                    "The ranker learned from the {Count} most recent logged outcomes in {Seconds:0.0} s (LearningWindow); the older ones are left to page in with their people's layers when they return.",
                    Learned, watch.Elapsed.TotalSeconds);
            else log.LogInformation("The ranker learned from {Count} logged outcomes in {Seconds:0.0} s.", Learned, watch.Elapsed.TotalSeconds);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
