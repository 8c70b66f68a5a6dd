namespace Advisor.Rules.Training;

[Name("Overhead lifting: protect the rotator cuff")]
[Description("Overhead lifting or rotator-cuff strain risk: controlled shoulder rotations and external rotations.")]
[Guideline("G34")]
[Phase(Phases.Selection)]
public sealed class OverheadLiftingProtectsTheRotatorCuff : Rule
{
    public override void Define()
    {
        ReportedCondition overhead = null!;

        When()
            .Match(() => overhead, c => c.Condition == Condition.OverheadLifting);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("banded-shoulder-circles", RoutinePhase.Activate, 15, null, Region.Shoulders)))
            .Do(ctx => ctx.Insert(new Candidate("band-external-rotation", RoutinePhase.Activate, 16, null, Region.Shoulders)));
    }
}
