using Advisor.Engine.Outcomes;
using Advisor.Engine.Progress;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Progress;

/// <summary>A person's progress from their stored records: the documents read, then counted by the engine.</summary>
public static class StoredProgress
{
    /// <summary>The progress of a person from what the store keeps of them.</summary>
    /// <param name="routines">Their routines.</param>
    /// <param name="outcomes">Their outcomes, oldest first, as the store lists them.</param>
    /// <param name="starts">When they started a routine, by routine id.</param>
    /// <param name="exerciseIds">The exercise ids an outcome may name.</param>
    public static PersonProgress Of(
        IReadOnlyList<StoredRoutine> routines, IReadOnlyList<StoredOutcome> outcomes, IReadOnlyDictionary<string, DateTimeOffset> starts,
        IReadOnlySet<string> exerciseIds)
    {
        ArgumentNullException.ThrowIfNull(routines);
        ArgumentNullException.ThrowIfNull(outcomes);
        return PersonProgress.Of(
            routines.Select(r => new PlannedRoutine(r.RoutineId, r.CreatedAt, StoredRoutineJson.Read(r.Routine))).ToArray(),
            outcomes.Select(o => new RoutineOutcome(o.RoutineId, o.LoggedAt, OutcomeReader.Read(o.Outcome, exerciseIds))).ToArray(),
            starts);
    }
}
