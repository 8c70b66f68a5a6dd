namespace Advisor.Rules.Training;

[Name("After training, restore range with micro-mobility")]
[Description("After training: short, controlled micro-mobility to restore range.")]
[Guideline("G37")]
[Phase(Phases.Selection)]
public sealed class AfterTrainingRestoreRange : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.PostWorkout);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("hip-circles", RoutinePhase.CoolDown, 1, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("ankle-circles", RoutinePhase.CoolDown, 2, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("shoulder-circle", RoutinePhase.CoolDown, 3, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("wrist-flexor-extensor-pulses", RoutinePhase.CoolDown, 4, null, null)));
    }
}

[Name("Post-workout mobility is small and controlled")]
[Description("After training the mobility is short and controlled: small circles that restore range, not stretch it.")]
[Guideline("G37")]
[Phase(Phases.Adjustment)]
public sealed class PostWorkoutMobilityIsSmall : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.CoolDown);
        Then()
            .Do(ctx => ctx.Insert(new Cue(candidate.ExerciseId, "Small and controlled: restore range, don't stretch into it.")));
    }
}
