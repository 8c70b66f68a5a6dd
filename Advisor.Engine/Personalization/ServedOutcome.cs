namespace Advisor.Engine.Personalization;

/// <summary>
/// One logged outcome with what it answers: whose it is, the assessment and the routine as served,
/// each document as contract JSON. A learner replays these and an evaluation weighs them; the
/// documents are read only when one is, so a record learned already costs nothing to skip.
/// </summary>
/// <param name="PersonId">Whose outcome it is.</param>
/// <param name="OutcomeId">The outcome's id.</param>
/// <param name="LoggedAt">When it was logged.</param>
/// <param name="Assessment">The assessment the routine answered.</param>
/// <param name="Routine">The routine as served, with its placements.</param>
/// <param name="Outcome">The outcome document.</param>
public sealed record ServedOutcome(string PersonId, string OutcomeId, DateTimeOffset LoggedAt, string Assessment, string Routine, string Outcome);
