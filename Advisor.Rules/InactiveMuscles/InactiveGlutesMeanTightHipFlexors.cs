namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive glutes: the hip flexors are tight")]
[Description("Tight hip flexors inhibit the gluteus maximus; release them before activating it.")]
[Guideline("G12")]
[Phase(Phases.Derivation)]
public sealed class InactiveGlutesMeanTightHipFlexors : Rule
{
    public override void Define()
    {
        InactiveMuscle glutes = null!;
        Antagonist antagonist = null!;

        When()
            .Match(() => glutes, m => m.Muscle == Muscle.Glutes)
            .Match(() => antagonist, a => a.Inactive == Muscle.Glutes, a => a.Tight == Muscle.HipFlexors);
        Then()
            .Do(ctx => ctx.Insert(new TightMuscle(antagonist.Tight)));
    }
}
