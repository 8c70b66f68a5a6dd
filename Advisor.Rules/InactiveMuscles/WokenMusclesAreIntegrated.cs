namespace Advisor.Rules.InactiveMuscles;

[Name("Woken glutes are integrated into daily life")]
[Description("Practise the hip-crease pick-up on each side holding a chair, and small knee-to-chest movements on the floor.")]
[Guideline("G18")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class WokenMusclesAreIntegrated : Rule
{
    public override void Define()
    {
        InactiveMuscle inactive = null!;

        When()
            .Match(() => inactive);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().IntegrationsOf(inactive.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Integrate, step.Order).Targeting(inactive.Muscle).Marked(step.Line).From(step))));
    }
}
