using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Turns logged routines and their outcomes into decisions (<see cref="LoggedDecision"/>) and
/// estimates from them, by self-normalized IPS (<see cref="OffPolicyEstimate"/>), how the order as
/// served and the rules' own order did per item.
/// </summary>
public static class OrderEvaluation
{
    /// <summary>Compares the served order with the rules' order over every logged routine in <paramref name="logged"/>.</summary>
    /// <param name="logged">Logged outcomes with their routines, in the order they were logged.</param>
    /// <param name="catalog">The catalog an outcome's exercise ids must be in; an item no longer in it is left out, having no reward to credit.</param>
    /// <param name="cancel">Stops reading.</param>
    public static async Task<OrderComparison> CompareAsync(IAsyncEnumerable<ServedOutcome> logged, ExerciseCatalog catalog, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(catalog);
        var served = new List<LoggedDecision>();
        var rulesOnly = new List<LoggedDecision>();
        await foreach (ServedOutcome record in logged.WithCancellation(cancel))
        {
            foreach (var (asServed, asRules) in Decisions(record, catalog))
            {
                served.Add(asServed);
                rulesOnly.Add(asRules);
            }
        }

        return new OrderComparison(OffPolicyEstimate.SelfNormalized(served), OffPolicyEstimate.SelfNormalized(rulesOnly));
    }

    /// <summary>Each served item of one logged routine, as the served policy and as the rules-only policy would weigh it.</summary>
    public static IEnumerable<(LoggedDecision Served, LoggedDecision RulesOnly)> Decisions(ServedOutcome logged, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(catalog);
        Routine routine = StoredRoutineJson.Read(logged.Routine);
        Outcome outcome = OutcomeReader.Read(logged.Outcome, catalog.Ids);
        foreach (RoutineItem item in routine.Phases.SelectMany(p => p.Items))
        {
            if (catalog.Find(item.ExerciseId) is not { } exercise) continue;
            double reward = OutcomeReward.For(exercise, outcome);
            // Served without the ranker, an item sat where the rules put it, with certainty.
            double propensity = item.Personalization?.Probability ?? 1;
            bool atRulesPlace = item.Personalization is not { } placed || placed.Place == placed.RulesPlace;
            // The served policy weighs each item by its own probability: the plain mean of what was served.
            yield return (new LoggedDecision(propensity, reward, propensity), new LoggedDecision(propensity, reward, atRulesPlace ? 1 : 0));
        }
    }
}
