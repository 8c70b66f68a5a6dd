namespace Advisor.Rules.Training;

[Name("Rounded shoulders at the desk: retract and open")]
[Description("At the desk, rounded shoulders get the scapular retraction pulse and the chest opener.")]
[Guideline("G31")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class RoundedShouldersAtTheDesk : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        ReportedCondition rounded = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => rounded, c => c.Condition == Condition.RoundedShoulders);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("scapular-retraction-pulse", RoutinePhase.Desk, 6).Serving(Region.Shoulders)))
            .Do(ctx => ctx.Propose(Proposal.Of("chest-opener-finger-pull", RoutinePhase.Desk, 7).Serving(Region.Shoulders)));
    }
}
