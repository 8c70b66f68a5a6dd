namespace Advisor.Rules.Training;

[Name("Overhead lifting: protect the rotator cuff")]
[Description("Overhead lifting or rotator-cuff strain risk: controlled shoulder rotations and external rotations.")]
[Guideline("G34")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class OverheadLiftingProtectsTheRotatorCuff : Rule
{
    public override void Define()
    {
        ReportedCondition overhead = null!;

        When()
            .Match(() => overhead, c => c.Condition == Condition.OverheadLifting);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("banded-shoulder-circles", RoutinePhase.Activate, 15).Serving(Region.Shoulders)))
            .Do(ctx => ctx.Propose(Proposal.Of("band-external-rotation", RoutinePhase.Activate, 16).Serving(Region.Shoulders)));
    }
}
