namespace Advisor.Rules.Training;

[Name("Knees caving in: strengthen the hip stabilizers")]
[Description("Knees caving in and weak hip stabilizers: clamshells, side-lying leg lifts, banded lateral walks.")]
[Guideline("G30")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class CavingKneesNeedHipStabilizers : Rule
{
    public override void Define()
    {
        ReportedCondition valgus = null!;

        When()
            .Match(() => valgus, c => c.Condition == Condition.KneeValgus);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("clamshell", RoutinePhase.Activate, 10).Serving(Region.Knees)))
            .Do(ctx => ctx.Propose(Proposal.Of("side-lying-leg-lift", RoutinePhase.Activate, 11).Serving(Region.Knees)))
            .Do(ctx => ctx.Propose(Proposal.Of("banded-lateral-walk", RoutinePhase.Activate, 12).Serving(Region.Knees)));
    }
}
