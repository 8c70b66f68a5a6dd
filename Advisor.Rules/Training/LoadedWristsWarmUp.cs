namespace Advisor.Rules.Training;

[Name("Wrists under load warm up first")]
[Description("Before training that loads the wrists (upper-body or full-body days, in the gym or at home): wrist rotations with a light weight.")]
[Guideline("G35")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class LoadedWristsWarmUp : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting != Setting.Desk, o => o.Day == Day.UpperBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("wrist-rotation-light-weight", RoutinePhase.WarmUp, 1).Serving(Region.Wrists)));
    }
}
