namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive glutes: the hip flexors are tight")]
[Description("Tight hip flexors inhibit the gluteus maximus; release them before activating it.")]
[Guideline("G12")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class InactiveGlutesMeanTightHipFlexors : Rule
{
    public override void Define()
    {
        InactiveMuscle glutes = null!;

        When()
            .Match(() => glutes, m => m.Muscle == Muscle.Glutes);
        Then()
            .Do(ctx => ctx.Conclude(new TightAntagonist(Muscle.Glutes, Muscle.HipFlexors), ctx.Tables().Chain(Muscle.Glutes, Muscle.HipFlexors)))
            .Do(ctx => ctx.Conclude(new TightMuscle(Muscle.HipFlexors), ctx.Tables().Chain(Muscle.Glutes, Muscle.HipFlexors)));
    }
}
