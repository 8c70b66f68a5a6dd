using System.Diagnostics;
using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// On start, teaches the ranker every outcome in the store, in the order they were logged, before
/// the host serves: the model a host starts with is the one it would have if it had served them all.
/// </summary>
public sealed class RankerRebuild(
    IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<RankerRebuild> log)
    : IHostedService
{
    /// <summary>Outcomes learned at start.</summary>
    public long Learned { get; private set; }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        Learned = await ReplayAsync(store, ranker, catalog, json.Value.SerializerOptions, cancellationToken);
        if (Learned > 0) log.LogInformation("The ranker learned from {Count} logged outcomes in {Seconds:0.0} s.", Learned, watch.Elapsed.TotalSeconds);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Replays every stored outcome into <paramref name="ranker"/>; returns how many.</summary>
    public static async Task<long> ReplayAsync(
        IHistoryStore store, IRanker ranker, ExerciseCatalog catalog, JsonSerializerOptions json, CancellationToken cancel)
    {
        long count = 0;
        await foreach (LoggedRoutine logged in store.EveryOutcomeAsync(cancel))
        {
            Learn(ranker, json, logged.PersonId, logged.Routine, OutcomeReader.Read(logged.Outcome.Outcome, catalog.Ids));
            count++;
        }

        return count;
    }

    /// <summary>Teaches <paramref name="ranker"/> one stored outcome of one stored routine.</summary>
    public static void Learn(IRanker ranker, JsonSerializerOptions json, string personId, StoredRoutine routine, Outcome outcome) =>
        ranker.Learn(personId, AssessmentReader.Read(routine.Assessment), JsonSerializer.Deserialize<Routine>(routine.Routine, json)!, outcome);
}
