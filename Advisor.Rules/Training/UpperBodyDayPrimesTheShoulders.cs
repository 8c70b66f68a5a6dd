namespace Advisor.Rules.Training;

[Name("Before upper-body work, wake the shoulder blades")]
[Description("Before upper-body work: scapular push-ups and band external rotations; tiny shoulder circles with a light band.")]
[Guideline("G28")]
[Phase(Phases.Selection)]
public sealed class UpperBodyDayPrimesTheShoulders : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.UpperBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("scapular-push-up", RoutinePhase.Activate, 30, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("band-external-rotation", RoutinePhase.Activate, 31, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("banded-shoulder-circles", RoutinePhase.Activate, 32, null, null)));
    }
}
