namespace Advisor.Rules.Training;

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
