namespace Advisor.Rules.InactiveMuscles;

[Name("Tight muscles are released first")]
[Description("A tight muscle, reported or implied by an inactive antagonist, gets its release exercises in the release phase, in the guidance's order.")]
[Guideline("G12")]
[Guideline("G14")]
[Guideline("G15")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class TightMusclesAreReleasedFirst : Rule
{
    public override void Define()
    {
        TightMuscle tight = null!;

        When()
            .Match(() => tight);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().ReleasesOf(tight.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Release, step.Order).Targeting(tight.Muscle).Marked(step.Line).From(step))));
    }
}
