namespace Advisor.Rules.Training;

[Name("Before upper-body work, wake the shoulder blades")]
[Description("Before upper-body work: scapular push-ups and band external rotations; tiny shoulder circles with a light band.")]
[Guideline("G28")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class UpperBodyDayPrimesTheShoulders : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.UpperBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("scapular-push-up", RoutinePhase.Activate, 30)))
            .Do(ctx => ctx.Propose(Proposal.Of("band-external-rotation", RoutinePhase.Activate, 31)))
            .Do(ctx => ctx.Propose(Proposal.Of("banded-shoulder-circles", RoutinePhase.Activate, 32)));
    }
}
