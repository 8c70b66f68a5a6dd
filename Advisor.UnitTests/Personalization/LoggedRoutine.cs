using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Personalization;

/// <summary>One served routine and its outcome, as a host stores them, to learn from and to replay.</summary>
internal sealed record LoggedRoutine(string PersonId, Assessment Assessment, Routine Routine, Outcome Outcome);
