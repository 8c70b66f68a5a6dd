namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive abdominals: the lower back is tight")]
[Description("A tight lower back keeps the abdominals from contracting; release it first.")]
[Guideline("G15")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class InactiveAbdominalsMeanTightLowerBack : Rule
{
    public override void Define()
    {
        InactiveMuscle abdominals = null!;

        When()
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Conclude(new TightAntagonist(Muscle.Abdominals, Muscle.LowerBack), ctx.Tables().Chain(Muscle.Abdominals, Muscle.LowerBack)))
            .Do(ctx => ctx.Conclude(new TightMuscle(Muscle.LowerBack), ctx.Tables().Chain(Muscle.Abdominals, Muscle.LowerBack)));
    }
}
