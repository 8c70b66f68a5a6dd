namespace Advisor.Rules.InactiveMuscles;

[Name("Tight muscles are released first")]
[Description("A tight muscle, reported or implied by an inactive antagonist, gets its release exercises in the release phase, in the guidance's order.")]
[Guideline("G12", "G14", "G15")]
[Phase(Phases.Selection)]
public sealed class TightMusclesAreReleasedFirst : Rule
{
    public override void Define()
    {
        TightMuscle tight = null!;
        ReleaseStep step = null!;

        When()
            .Match(() => tight)
            .Match(() => step, s => s.Muscle == tight.Muscle);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Release, step.Order, tight.Muscle, null)));
    }
}
