namespace Advisor.Rules.Training;

[Name("After training, restore range with micro-mobility")]
[Description("After training: short, controlled micro-mobility to restore range.")]
[Guideline("G37")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class AfterTrainingRestoreRange : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.PostWorkout);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("hip-circles", RoutinePhase.CoolDown, 1)))
            .Do(ctx => ctx.Propose(Proposal.Of("ankle-circles", RoutinePhase.CoolDown, 2)))
            .Do(ctx => ctx.Propose(Proposal.Of("shoulder-circle", RoutinePhase.CoolDown, 3)))
            .Do(ctx => ctx.Propose(Proposal.Of("wrist-flexor-extensor-pulses", RoutinePhase.CoolDown, 4)));
    }
}
