using System.Diagnostics;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// On start, before the host serves: loads the saved ranker (population model and online layers)
/// and teaches it the outcomes logged since it was saved; without a usable saved ranker, teaches a
/// fresh one every outcome in the store, in the order they were logged. Either way the host starts
/// with the model it would have if it had served them all. Only then does the ranker page dropped
/// layers back in from the store (<see cref="StoredHistory"/>): during the replay, a person's later
/// outcomes, stored already, would be read into their layer before their turn. Whoever found no
/// room for a layer during the replay is paged in, with every outcome once, when they next return.
/// </summary>
public sealed class RankerRebuild(
    IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, LearningOrder learning, SavedRanker saved, StoredHistory history,
    ILogger<RankerRebuild> log)
    : IHostedService
{
    /// <summary>Outcomes learned at start.</summary>
    public long Learned { get; private set; }

    /// <summary>True when the start began from the saved ranker.</summary>
    public bool Restored { get; private set; }

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
                    l.Restore(state.Cursor, state.Recent);
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

        IAsyncEnumerable<LoggedRoutine> pending = from is { } since ? store.OutcomesSinceAsync(since, cancellationToken) : store.EveryOutcomeAsync(cancellationToken);
        Learned = await StoredLearning.LearnAsync(pending, learning, catalog);
        (ranker as ThompsonRanker)?.PageInFrom(history);
        if (Learned > 0)
        {
            if (Restored) log.LogInformation("The ranker was loaded from {Path} and learned {Count} newer outcomes in {Seconds:0.0} s.", saved.File!.Path, Learned, watch.Elapsed.TotalSeconds);
            else log.LogInformation("The ranker learned from {Count} logged outcomes in {Seconds:0.0} s.", Learned, watch.Elapsed.TotalSeconds);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
