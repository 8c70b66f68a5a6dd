using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web.People;

/// <summary>A person's logged outcomes as the engine's <see cref="History"/>: what the history guidelines read.</summary>
public static class PersonalHistory
{
    /// <summary>The history of <paramref name="personId"/>, oldest first.</summary>
    public static async Task<History> LoadAsync(IHistoryStore store, ExerciseCatalog catalog, string personId, CancellationToken cancel)
    {
        IReadOnlyList<StoredOutcome> outcomes = await store.OutcomesAsync(personId, cancel);
        if (outcomes.Count == 0) return History.None;
        return new History(outcomes.Select(o => new LoggedOutcome(o.LoggedAt, OutcomeReader.Read(o.Outcome, catalog.Ids))).ToArray());
    }
}
