namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive muscles are activated, small and slow")]
[Description("After the release, the inactive muscle is activated with its exercises in order: for the glutes the leg lift of the Back Lift; for the abdominals Arch & Flatten, then the Back Lift, then the Curls.")]
[Guideline("G13", "G16")]
[Phase(Phases.Selection)]
public sealed class InactiveMusclesAreActivated : Rule
{
    public override void Define()
    {
        InactiveMuscle inactive = null!;
        ActivationStep step = null!;

        When()
            .Match(() => inactive)
            .Match(() => step, s => s.Muscle == inactive.Muscle);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Activate, step.Order, inactive.Muscle, null)));
    }
}
