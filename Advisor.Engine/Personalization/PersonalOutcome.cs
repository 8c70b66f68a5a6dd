using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// One of a person's outcomes as the ranker learns it: the assessment answered, the routine as
/// served, the outcome, and when it was logged with its id, which a layer keeps to tell what it holds.
/// </summary>
public sealed record PersonalOutcome(Assessment Assessment, Routine Served, Outcome Outcome, Stamp Logged);
