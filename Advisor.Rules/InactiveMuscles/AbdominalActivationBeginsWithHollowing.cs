namespace Advisor.Rules.InactiveMuscles;

[Name("Abdominal activation begins with Arch & Flatten")]
[Description("Always begin with Arch & Flatten: hollowing the belly engages the transverse abdominis.")]
[Guideline("G16")]
[Phase(Phases.Adjustment)]
public sealed class AbdominalActivationBeginsWithHollowing : Rule
{
    public override void Define()
    {
        Candidate hollowing = null!;

        When()
            .Match(() => hollowing, c => c.ExerciseId == "arch-and-flatten", c => c.Phase == RoutinePhase.Activate, c => c.Target == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Insert(new Cue(hollowing.ExerciseId, "As the back flattens, hollow your belly: this wakes the deep transverse abdominis.")));
    }
}
