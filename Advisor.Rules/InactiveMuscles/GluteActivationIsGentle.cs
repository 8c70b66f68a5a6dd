namespace Advisor.Rules.InactiveMuscles;

[Name("Glute activation: a few inches, with a touch cue")]
[Description("The leg lift of the Back Lift is slow and only a few inches high, with a hand on the buttocks; higher only with full control.")]
[Guideline("G13")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class GluteActivationIsGentle : Rule
{
    public override void Define()
    {
        Candidate lift = null!;

        When()
            .Match(() => lift, c => c.ExerciseId == "back-lift", c => c.Phase == RoutinePhase.Activate, c => c.Target == Muscle.Glutes);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(lift.ExerciseId,
                "Lift the leg only a few inches, slowly, with a hand on your buttock to feel it work; go higher only with full control.")));
    }
}
