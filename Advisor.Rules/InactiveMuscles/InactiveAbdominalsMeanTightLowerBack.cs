namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive abdominals: the lower back is tight")]
[Description("A tight lower back keeps the abdominals from contracting; release it first.")]
[Guideline("G15")]
[Phase(Phases.Derivation)]
public sealed class InactiveAbdominalsMeanTightLowerBack : Rule
{
    public override void Define()
    {
        InactiveMuscle abdominals = null!;
        Antagonist antagonist = null!;

        When()
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals)
            .Match(() => antagonist, a => a.Inactive == Muscle.Abdominals, a => a.Tight == Muscle.LowerBack);
        Then()
            .Do(ctx => ctx.Insert(new TightMuscle(antagonist.Tight)));
    }
}
