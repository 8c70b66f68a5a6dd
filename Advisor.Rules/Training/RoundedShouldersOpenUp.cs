namespace Advisor.Rules.Training;

[Name("Rounded shoulders: open the chest, strengthen the upper back")]
[Description("Rounded shoulders: wall angels, prone Y raises and scapular push-ups.")]
[Guideline("G31")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class RoundedShouldersOpenUp : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        ReportedCondition rounded = null!;

        When()
            .Match(() => occasion, o => o.Setting != Setting.Desk)
            .Match(() => rounded, c => c.Condition == Condition.RoundedShoulders);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("wall-angel", RoutinePhase.Activate, 13).Serving(Region.Shoulders)))
            .Do(ctx => ctx.Propose(Proposal.Of("prone-y-raise", RoutinePhase.Strengthen, 13).Serving(Region.Shoulders)))
            .Do(ctx => ctx.Propose(Proposal.Of("scapular-push-up", RoutinePhase.Activate, 14).Serving(Region.Shoulders)));
    }
}
