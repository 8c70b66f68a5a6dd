namespace Advisor.Rules.Training;

[Name("Left/right imbalance: single-leg Romanian deadlift")]
[Description("A left/right imbalance is trained one leg at a time with the single-leg Romanian deadlift.")]
[Guideline("G39")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class ImbalanceTrainsOneSideAtATime : Rule
{
    public override void Define()
    {
        ReportedCondition imbalance = null!;

        When()
            .Match(() => imbalance, c => c.Condition == Condition.LeftRightImbalance);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("single-leg-romanian-deadlift", RoutinePhase.Strengthen, 11)))
            .Do(ctx => ctx.Conclude(new Cue("single-leg-romanian-deadlift", "Start on the weaker side, and give both sides the same repetitions.")));
    }
}
