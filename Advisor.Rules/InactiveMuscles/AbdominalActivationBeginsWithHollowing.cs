namespace Advisor.Rules.InactiveMuscles;

[Name("Abdominal activation begins with Arch & Flatten")]
[Description("Always begin with Arch & Flatten: hollowing the belly engages the transverse abdominis.")]
[Guideline("G16")]
[Phase(Phases.Selection)]
public sealed class AbdominalActivationBeginsWithHollowing : Rule
{
    public override void Define()
    {
        InactiveMuscle abdominals = null!;

        When()
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("arch-and-flatten", RoutinePhase.Activate, 0, Muscle.Abdominals, null)))
            .Do(ctx => ctx.Insert(new Cue("arch-and-flatten", "As the back flattens, hollow your belly: this wakes the deep transverse abdominis.")));
    }
}
