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

[Name("Post-workout mobility is small and controlled")]
[Description("After training the mobility is short and controlled: small circles that restore range, not stretch it.")]
[Guideline("G37")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class PostWorkoutMobilityIsSmall : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.CoolDown);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Small and controlled: restore range, don't stretch into it.")));
    }
}
