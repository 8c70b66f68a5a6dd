using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// With a store several hosts share (PostgreSQL), reads the outcomes stored since the last one
/// learned, every <see cref="LearningOptions.SharedPollMilliseconds"/>, and learns those not learned
/// yet: so each host learns everyone's outcomes within a poll or so, whichever host stored them.
/// Each read reaches back over the window in which a slower write may still land
/// (<see cref="LearnedOutcomes"/>). Every <see cref="ErasureCheck"/> it also drops the layers of
/// people another host erased.
/// </summary>
public sealed class SharedLearning(
    IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, LearningOrder learning, SavedRanker saved,
    IOptions<LearningOptions> options, ILogger<SharedLearning> log)
    : BackgroundService
{
    /// <summary>How often to compare the people the ranker holds with the store's.</summary>
    public static readonly TimeSpan ErasureCheck = TimeSpan.FromSeconds(10);

    /// <summary>Outcomes learned from the shared store that this host had not learned itself.</summary>
    public long Learned { get; private set; }

    /// <summary>Reads once, and learns what is new.</summary>
    public async Task PollAsync(CancellationToken cancel)
    {
        DateTimeOffset from = learning.Exclusively(l => l.ReadFrom) ?? DateTimeOffset.UnixEpoch;
        Learned += await StoredLearning.LearnAsync(store.OutcomesSinceAsync(from, cancel), learning, catalog);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only a shared store has outcomes this host did not store itself; SQLite has one host.
        if (store.Kind != "postgresql") return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.SharedPollMilliseconds)));
        DateTimeOffset checkedAt = DateTimeOffset.UtcNow;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PollAsync(stoppingToken);
                    if (ranker is ThompsonRanker thompson && DateTimeOffset.UtcNow - checkedAt >= ErasureCheck)
                    {
                        checkedAt = DateTimeOffset.UtcNow;
                        await saved.ForgetErasedAsync(thompson, stoppingToken);
                    }
                }
                catch (System.Data.Common.DbException e)
                {
                    // The store is away for a moment; the next poll reads from the same place.
                    log.LogError("Reading other hosts' outcomes failed: {Problem}", e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
