namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive muscles are activated, small and slow")]
[Description("After the release, the inactive muscle is activated with its exercises in order: for the glutes the leg lift of the Back Lift; for the abdominals Arch & Flatten, then the Back Lift, then the Curls.")]
[Guideline("G13")]
[Guideline("G16")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class InactiveMusclesAreActivated : Rule
{
    public override void Define()
    {
        InactiveMuscle inactive = null!;

        When()
            .Match(() => inactive);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().ActivationsOf(inactive.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Activate, step.Order).Targeting(inactive.Muscle).Marked(step.Line).From(step))));
    }
}
