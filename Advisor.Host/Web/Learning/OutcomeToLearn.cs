using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>A stored outcome, with its routine and person, as the ranker learns it.</summary>
/// <param name="Stamp">The outcome's time and id, its place in the learning order.</param>
/// <param name="PersonId">Whose it is.</param>
/// <param name="Routine">The routine it is about, as stored.</param>
/// <param name="Outcome">The outcome, parsed.</param>
public sealed record OutcomeToLearn(Stamp Stamp, string PersonId, StoredRoutine Routine, Outcome Outcome);
